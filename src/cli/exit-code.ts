// Exit codes are a pure function of what happened: 0 all inputs digested, 1 some input could
// not be read or digested, 2 the command line was wrong.
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

export interface RunOutcome {
  failedInputs: number;
}

export function exitCode(outcome: RunOutcome): number {
  return outcome.failedInputs > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
}
