/* Starts the dataset checker (a Web Worker): the wasm-bindgen script Trunk builds from the
 * `check-data` binary, then its wasm, both next to this file. */
importScripts('./check-data.js');
wasm_bindgen('./check-data_bg.wasm');
