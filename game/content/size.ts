// The largest scenario file accepted (the built-in ones are about 55 kB as JSON): a constant the light
// client pages can import without the rules engine.
export const MAX_SCENARIO_BYTES = 512 * 1024;
