/** Child process entry: runs one scenario in a fresh process and reports its tables and targets. */
import type { ScenarioName } from './benchOptions';
import { serveChild } from './childProcesses';
import type { ScenarioResult } from './results';
import { badInput } from './scenarios/badInput';
import { cachedAnswers } from './scenarios/cachedAnswers';
import { cpuLimit } from './scenarios/cpuLimit';
import { forecastAccuracy } from './scenarios/forecastAccuracy';
import { memory } from './scenarios/memory';
import { networkLimit } from './scenarios/networkLimit';
import { peer } from './scenarios/peer';
import { questionReading } from './scenarios/questionReading';
import type { Scenario, ScenarioContext } from './scenarios/scenario';
import { throttling } from './scenarios/throttling';
import { warmQuestions } from './scenarios/warmQuestions';

const SCENARIOS: Record<ScenarioName, Scenario> = { cpu: cpuLimit, peer, network: networkLimit, memory, cached: cachedAnswers, throttling, badInput, forecast: forecastAccuracy, questions: questionReading, warm: warmQuestions };

serveChild<{ name: ScenarioName; context: ScenarioContext }, ScenarioResult>(({ name, context }) => SCENARIOS[name](context));
