import { showFrame } from "./showFrame";

showFrame(document, window.location.search, navigator.language);
