// Every module-level pattern is registered here as it is compiled, so one test can hand them
// all to a ReDoS checker (tests/patterns.test.ts). Registration returns the pattern unchanged.
const registry: { name: string; pattern: RegExp }[] = [];

export function pattern(name: string, re: RegExp): RegExp {
  registry.push({ name, pattern: re });
  return re;
}

export function registeredPatterns(): readonly { name: string; pattern: RegExp }[] {
  return registry;
}
