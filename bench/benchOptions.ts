/** The benchmark's settings: command-line flags, else BENCH_* environment variables, else defaults. */

/** Every scenario, in the order they run. */
export const SCENARIOS = ['cpu', 'peer', 'network', 'memory', 'cached', 'throttling', 'badInput', 'forecast', 'questions', 'warm'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface BenchOptions {
  /** People in the tenant of the CPU, peer and network scenarios and of the warm questions' mix. */
  users: number;
  /** People in the tenant of the memory, cached-answer and throttling scenarios and of the warm questions after a restart. */
  bigUsers: number;
  /** Delay of each report page, for the scenarios "with latency". */
  latencyMs: number;
  /** Repetitions whose median is shown. */
  runs: number;
  /** Skips the long throttling scenario and the largest memory case. */
  quick: boolean;
  scenarios: ScenarioName[];
}

const HELP = `npm run bench -- [options]
  --users N        tenant size for cpu, peer, network and warm's question mix (BENCH_USERS, default 40000)
  --big-users N    tenant size for memory, cached, throttling and warm's restart (BENCH_BIG_USERS, default 100000)
  --latency MS     per-page latency for the latency runs (BENCH_LATENCY_MS, default 50)
  --runs N         repetitions per figure, median shown (BENCH_RUNS, default 5)
  --quick          skip the ≥ 2 min throttling scenario and the 2M-row memory cases (BENCH_QUICK=1)
  --only a,b       scenarios to run: ${SCENARIOS.join(', ')} (BENCH_ONLY)`;

function wholeNumber(name: string, raw: string | undefined, fallback: number, minimum: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < minimum) throw new Error(`${name} must be a whole number of at least ${minimum} (got "${raw}")\n\n${HELP}`);
  return value;
}

function scenarioList(raw: string | undefined): ScenarioName[] {
  if (raw === undefined || raw === '') return [...SCENARIOS];
  const names = raw.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(', ')}\n\n${HELP}`);
  return SCENARIOS.filter((name) => names.includes(name));
}

/** Flags as name → value ("--quick" → "true"; "--users 5" and "--users=5" both work). */
function flags(argv: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') throw new Error(HELP);
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"\n\n${HELP}`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (name === 'quick') found.set(name, inline ?? 'true');
    else if (inline !== undefined) found.set(name, inline);
    else found.set(name, argv[(i += 1)] ?? '');
  }
  return found;
}

/**
 * Reads the settings; throws with the usage text on a bad flag.
 * @example readBenchOptions(['--quick', '--users', '20000'], {}).users // 20000
 */
export function readBenchOptions(argv: string[], env: Record<string, string | undefined>): BenchOptions {
  const given = flags(argv);
  const known = new Set(['users', 'big-users', 'latency', 'runs', 'quick', 'only']);
  for (const name of given.keys()) if (!known.has(name)) throw new Error(`unknown option --${name}\n\n${HELP}`);
  const quickText = given.get('quick') ?? env.BENCH_QUICK ?? '';
  return {
    users: wholeNumber('--users', given.get('users') ?? env.BENCH_USERS, 40_000, 100),
    bigUsers: wholeNumber('--big-users', given.get('big-users') ?? env.BENCH_BIG_USERS, 100_000, 1_000),
    latencyMs: wholeNumber('--latency', given.get('latency') ?? env.BENCH_LATENCY_MS, 50, 0),
    runs: wholeNumber('--runs', given.get('runs') ?? env.BENCH_RUNS, 5, 1),
    quick: quickText === 'true' || quickText === '1',
    scenarios: scenarioList(given.get('only') ?? env.BENCH_ONLY),
  };
}
