"""A small reader and deterministic writer of Compound File Binary files ([MS-CFB], version 3), and
the normalisation of a VBA project ([MS-OVBA]) so that `xl/vbaProject.bin` does not change between runs.

LibreOffice's VBA export draws a new project GUID and new random seeds for the CMG/DPB/GC fields of
the PROJECT stream on every save; `normalize_vba_project` rewrites those with fixed values (the
encryption of [MS-OVBA] 2.4.3.2 with a fixed seed) and writes the compound file again with no
timestamps, in a fixed order.
"""
from __future__ import annotations

import re
import struct
from typing import Dict, List, Optional, Tuple

SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
FREESECT, ENDOFCHAIN, FATSECT, DIFSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC
NOSTREAM = 0xFFFFFFFF
SECTOR = 512
MINI = 64
CUTOFF = 4096


def read(data: bytes) -> Dict[str, Optional[bytes]]:
    """Path ("VBA/dir") → stream bytes; storages map to None. The root storage is ""."""
    if data[:8] != SIGNATURE:
        raise ValueError("not a compound file")
    sector_shift, mini_shift = struct.unpack_from("<HH", data, 30)
    ssize = 1 << sector_shift
    msize = 1 << mini_shift
    (num_fat, first_dir, _tx, cutoff, first_minifat, num_minifat, first_difat, num_difat) = struct.unpack_from("<IIIIIIII", data, 44)
    difat = list(struct.unpack_from("<109I", data, 76))
    sec = lambda i: data[ssize * (i + 1): ssize * (i + 2)]  # noqa: E731
    d = first_difat
    while d not in (ENDOFCHAIN, FREESECT) and num_difat:
        entries = struct.unpack_from(f"<{ssize // 4}I", sec(d))
        difat += entries[:-1]
        d = entries[-1]
        num_difat -= 1
    fat: List[int] = []
    for f in difat[:num_fat]:
        fat += struct.unpack_from(f"<{ssize // 4}I", sec(f))

    def chain(start: int) -> bytes:
        out = bytearray()
        seen = 0
        while start not in (ENDOFCHAIN, FREESECT):
            out += sec(start)
            start = fat[start]
            seen += 1
            if seen > len(fat):
                raise ValueError("FAT loop")
        return bytes(out)

    dir_bytes = chain(first_dir)
    entries = []
    for off in range(0, len(dir_bytes), 128):
        e = dir_bytes[off: off + 128]
        name_len = struct.unpack_from("<H", e, 64)[0]
        name = e[: max(0, name_len - 2)].decode("utf-16-le")
        typ = e[66]
        left, right, child = struct.unpack_from("<III", e, 68)
        start = struct.unpack_from("<I", e, 116)[0]
        size = struct.unpack_from("<Q", e, 120)[0] & 0xFFFFFFFF
        entries.append((name, typ, left, right, child, start, size))
    root = entries[0]
    ministream = chain(root[5]) if root[5] != ENDOFCHAIN else b""
    minifat: List[int] = []
    if num_minifat:
        mf = chain(first_minifat)
        minifat = list(struct.unpack_from(f"<{len(mf) // 4}I", mf))

    def mini_chain(start: int, size: int) -> bytes:
        out = bytearray()
        while start not in (ENDOFCHAIN, FREESECT) and len(out) < size:
            out += ministream[start * msize: (start + 1) * msize]
            start = minifat[start]
        return bytes(out[:size])

    result: Dict[str, Optional[bytes]] = {"": None}

    def walk(index: int, prefix: str) -> None:
        if index == NOSTREAM:
            return
        name, typ, left, right, child, start, size = entries[index]
        walk(left, prefix)
        walk(right, prefix)
        path = prefix + name
        if typ == 2:
            result[path] = mini_chain(start, size) if size < cutoff else chain(start)[:size]
        elif typ == 1:
            result[path] = None
            walk(child, path + "/")

    walk(root[4], "")
    return result


def _key(name: str) -> Tuple[int, str]:
    return (len(name), name.upper())


def write(streams: Dict[str, Optional[bytes]]) -> bytes:
    """A version-3 compound file holding `streams` (as returned by `read`), with no timestamps."""
    paths = sorted(p for p in streams if p != "")
    # Directory entries: index 0 is the root; then every storage/stream in path order.
    index = {"": 0}
    for p in paths:
        index[p] = len(index)
    children: Dict[str, List[str]] = {"": []}
    for p in paths:
        parent = p.rsplit("/", 1)[0] if "/" in p else ""
        children.setdefault(parent, []).append(p)
        if streams[p] is None:
            children.setdefault(p, [])
    left = {p: NOSTREAM for p in index}
    right = {p: NOSTREAM for p in index}
    child = {p: NOSTREAM for p in index}
    color = {p: 1 for p in index}  # black

    def build(items: List[str], depth: int, depths: Dict[str, int]) -> int:
        if not items:
            return NOSTREAM
        mid = len(items) // 2
        node = items[mid]
        depths[node] = depth
        left[node] = build(items[:mid], depth + 1, depths)
        right[node] = build(items[mid + 1:], depth + 1, depths)
        return index[node]

    for parent, kids in children.items():
        kids = sorted(kids, key=lambda p: _key(p.rsplit("/", 1)[-1]))
        depths: Dict[str, int] = {}
        child[parent] = build(kids, 0, depths)
        if kids:
            # Balanced by construction; colour the deepest level red when the tree is not perfect,
            # so that every path holds the same number of black nodes.
            deepest = max(depths.values())
            if len(kids) != 2 ** (deepest + 1) - 1:
                for node, dpt in depths.items():
                    if dpt == deepest:
                        color[node] = 0

    # Stream data: small streams in the mini stream, others in regular sectors.
    ministream = bytearray()
    minifat: List[int] = []
    start: Dict[str, int] = {}
    big: List[str] = []
    for p in paths:
        data = streams[p]
        if data is None:
            continue
        if len(data) < CUTOFF:
            if not data:
                start[p] = ENDOFCHAIN
                continue
            first = len(ministream) // MINI
            n = (len(data) + MINI - 1) // MINI
            ministream += data + b"\0" * (n * MINI - len(data))
            minifat += [first + i + 1 for i in range(n - 1)] + [ENDOFCHAIN]
            start[p] = first
        else:
            big.append(p)

    def nsec(n_bytes: int) -> int:
        return (n_bytes + SECTOR - 1) // SECTOR

    n_dir = nsec(len(index) * 128)
    n_minifat = nsec(len(minifat) * 4)
    n_ministream = nsec(len(ministream))
    n_big = sum(nsec(len(streams[p])) for p in big)  # type: ignore[arg-type]
    n_fat = 1
    while True:
        total = n_fat + n_dir + n_minifat + n_ministream + n_big
        if (total + SECTOR // 4 - 1) // (SECTOR // 4) <= n_fat:
            break
        n_fat += 1
    if n_fat > 109:
        raise ValueError("too large for this writer")
    fat = [FREESECT] * (n_fat * SECTOR // 4)
    pos = 0
    for i in range(n_fat):
        fat[pos] = FATSECT
        pos += 1

    def alloc(n: int) -> int:
        nonlocal pos
        if n == 0:
            return ENDOFCHAIN
        first = pos
        for i in range(n):
            fat[pos] = pos + 1 if i < n - 1 else ENDOFCHAIN
            pos += 1
        return first

    dir_start = alloc(n_dir)
    minifat_start = alloc(n_minifat)
    ministream_start = alloc(n_ministream)
    for p in big:
        start[p] = alloc(nsec(len(streams[p])))  # type: ignore[arg-type]

    def entry(name: str, typ: int, p: str, first: int, size: int) -> bytes:
        raw = name.encode("utf-16-le")
        e = bytearray(128)
        e[: len(raw)] = raw
        struct.pack_into("<H", e, 64, len(raw) + 2 if name or typ else 0)
        e[66] = typ
        e[67] = color.get(p, 1)
        struct.pack_into("<III", e, 68, left.get(p, NOSTREAM), right.get(p, NOSTREAM), child.get(p, NOSTREAM))
        struct.pack_into("<I", e, 116, first)
        struct.pack_into("<Q", e, 120, size)
        return bytes(e)

    dir_bytes = bytearray()
    dir_bytes += entry("Root Entry", 5, "", ministream_start if ministream else ENDOFCHAIN, len(ministream))
    color[""] = 1
    for p in paths:
        name = p.rsplit("/", 1)[-1]
        data = streams[p]
        if data is None:
            dir_bytes += entry(name, 1, p, 0, 0)
        else:
            dir_bytes += entry(name, 2, p, start[p], len(data))
    while len(dir_bytes) < n_dir * SECTOR:
        e = bytearray(128)
        struct.pack_into("<III", e, 68, NOSTREAM, NOSTREAM, NOSTREAM)
        dir_bytes += e

    header = bytearray(SECTOR)
    header[:8] = SIGNATURE
    struct.pack_into("<HHHHH", header, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)
    struct.pack_into("<IIIIIIIII", header, 40, 0, n_fat, dir_start, 0, CUTOFF,
                     minifat_start if n_minifat else ENDOFCHAIN, n_minifat, ENDOFCHAIN, 0)
    difat = list(range(n_fat)) + [FREESECT] * (109 - n_fat)
    struct.pack_into("<109I", header, 76, *difat)

    def pad(b: bytes, n: int) -> bytes:
        return bytes(b) + b"\0" * (n * SECTOR - len(b))

    out = bytearray(header)
    out += struct.pack(f"<{len(fat)}I", *fat)
    out += dir_bytes
    mf = minifat + [FREESECT] * (n_minifat * SECTOR // 4 - len(minifat))
    out += struct.pack(f"<{len(mf)}I", *mf) if n_minifat else b""
    out += pad(ministream, n_ministream)
    for p in big:
        out += pad(streams[p], nsec(len(streams[p])))  # type: ignore[arg-type]
    return bytes(out)


# ----------------------------------------------------------------------------------------------
# [MS-OVBA] 2.4.3 Data encryption, for the CMG, DPB and GC fields of the PROJECT stream.

def ovba_encrypt(data: bytes, project_key: int, seed: int) -> str:
    version = 2
    out = bytearray([seed, seed ^ version, seed ^ project_key])
    unencrypted1 = project_key
    encrypted1 = out[2]
    encrypted2 = out[1]
    ignored = (seed & 6) // 2
    payload = bytes([0] * ignored) + struct.pack("<I", len(data)) + data
    for b in payload:
        enc = (b ^ ((encrypted2 + unencrypted1) & 0xFF)) & 0xFF
        out.append(enc)
        encrypted2, encrypted1, unencrypted1 = encrypted1, enc, b
    return out.hex().upper()


def ovba_decrypt(hexstr: str) -> Tuple[int, bytes]:
    enc = bytes.fromhex(hexstr)
    seed, version_enc, key_enc = enc[0], enc[1], enc[2]
    project_key = seed ^ key_enc
    unencrypted1, encrypted1, encrypted2 = project_key, key_enc, version_enc
    ignored = (seed & 6) // 2
    plain = bytearray()
    for e in enc[3:]:
        b = e ^ ((encrypted2 + unencrypted1) & 0xFF)
        plain.append(b)
        encrypted2, encrypted1, unencrypted1 = encrypted1, e, b
    body = bytes(plain[ignored:])
    n = struct.unpack_from("<I", body)[0]
    return project_key, body[4: 4 + n]


FIXED_PROJECT_ID = "{5A4C0E3B-7D21-4F0A-9B64-2C8E1D3F4A57}"


def normalize_vba_project(vba: bytes) -> bytes:
    streams = read(vba)
    project = streams["PROJECT"]
    assert project is not None
    text = project.decode("latin-1")
    text = re.sub(r'ID="\{[0-9A-F-]+\}"', f'ID="{FIXED_PROJECT_ID}"', text, count=1)
    key = sum(FIXED_PROJECT_ID.encode("ascii")) & 0xFF
    values = {}
    for name in ("CMG", "DPB", "GC"):
        m = re.search(rf'\r\n{name}="([0-9A-F]+)"', text)
        assert m, name
        _, plain = ovba_decrypt(m.group(1))
        values[name] = plain
    # Fixed seeds (their IgnoredLength is 0, 1 and 2 bytes).
    text = re.sub(r'\r\nCMG="[0-9A-F]+"', '\r\nCMG="' + ovba_encrypt(values["CMG"], key, 0x10) + '"', text)
    text = re.sub(r'\r\nDPB="[0-9A-F]+"', '\r\nDPB="' + ovba_encrypt(values["DPB"], key, 0x32) + '"', text)
    text = re.sub(r'\r\nGC="[0-9A-F]+"', '\r\nGC="' + ovba_encrypt(values["GC"], key, 0x54) + '"', text)
    streams["PROJECT"] = text.encode("latin-1")
    return write(streams)
