// What a scenario file may be: at most 512 kB (the built-in ones are about 55 kB as JSON), JSON or, by its
// name, YAML. Constants the light client pages can import without the rules engine or the YAML reader.
export const MAX_SCENARIO_BYTES = 512 * 1024;

/** A file name that says YAML (.yaml or .yml): read with game/content/yamlScenario.ts, else as JSON. */
export const isYamlName = (name: string): boolean => /\.ya?ml$/i.test(name);
