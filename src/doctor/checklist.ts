/** The doctor's results and how they are printed: one line per step, the fix under each failure or warning. */

/** `failed` makes the doctor exit non-zero; `warning`, `skipped` and `info` do not. */
export type StepStatus = 'passed' | 'failed' | 'warning' | 'skipped' | 'info';

export interface StepResult {
  /** What the step checks, e.g. "Token from Microsoft Entra ID". */
  title: string;
  status: StepStatus;
  /** What was found: counts, codes and request ids only, never a secret, a name or a UPN. */
  summary: string;
  /** What to do about a failure or a warning. */
  fix?: string;
}

const MARK: Record<StepStatus, string> = { passed: 'PASS', failed: 'FAIL', warning: 'WARN', skipped: 'SKIP', info: 'INFO' };

/**
 * The printed checklist, numbered in the order the steps ran, ending with the verdict.
 * @example formatChecklist([{ title: 'Configuration', status: 'passed', summary: 'valid' }])
 */
export function formatChecklist(results: readonly StepResult[]): string {
  const lines = results.flatMap((result, index) => {
    const line = `${MARK[result.status]}  ${index + 1}. ${result.title}: ${result.summary}`;
    return result.fix === undefined ? [line] : [line, `         Fix: ${result.fix}`];
  });
  const failed = results.filter((result) => result.status === 'failed').length;
  const verdict =
    failed === 0
      ? 'Everything the bot needs answered.'
      : `${failed} ${failed === 1 ? 'step' : 'steps'} failed: questions will fail until ${failed === 1 ? 'it is' : 'they are'} fixed.`;
  return [...lines, '', verdict].join('\n');
}

/** 1 when a step failed, else 0. */
export function exitCode(results: readonly StepResult[]): number {
  return results.some((result) => result.status === 'failed') ? 1 : 0;
}
