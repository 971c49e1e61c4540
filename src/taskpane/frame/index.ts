import { showFrame } from "./showFrame";
import { rememberTabChoice } from "./tabChoice";

showFrame(document, window.location.search, navigator.language);
const root = document.getElementById("root");
if (root !== null) rememberTabChoice(root);
