/** What every scenario receives and returns. */
import type { BenchOptions } from '../benchOptions';
import type { ScenarioResult } from '../results';

export interface ScenarioContext {
  options: BenchOptions;
  /** Key and certificate for serving the demo tenant over https; the process trusts the certificate. */
  tls: { key: string; cert: string };
}

export type Scenario = (context: ScenarioContext) => Promise<ScenarioResult>;
