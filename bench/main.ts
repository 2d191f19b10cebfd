/** `npm run bench`: runs each scenario in a fresh child process, prints one table per scenario, then the targets. */
import { readBenchOptions, type BenchOptions } from './benchOptions';
import { makeLoopbackCertificate } from './certificate';
import { benchScript, runChild } from './childProcesses';
import { loadLine, machineLine } from './machine';
import { formatTable, targetsTable, type ScenarioResult, type Target } from './results';
import type { ScenarioContext } from './scenarios/scenario';

function describe(options: BenchOptions): string {
  const parts = [
    `--users ${options.users}`,
    `--big-users ${options.bigUsers}`,
    `--latency ${options.latencyMs}`,
    `--runs ${options.runs}`,
    ...(options.quick ? ['--quick'] : []),
    `--only ${options.scenarios.join(',')}`,
  ];
  return `npm run bench -- ${parts.join(' ')}`;
}

async function main(): Promise<void> {
  const options = readBenchOptions(process.argv.slice(2), process.env);
  const started = Date.now();
  console.log(`## Dial-out Insights benchmark\n\nMachine: ${machineLine()}\n\nCommand: \`${describe(options)}\`\n\nAt the start: ${loadLine()}\n`);
  // The Graph SDK needs https: every scenario process trusts this certificate, made for this run only.
  const certificate = makeLoopbackCertificate();
  const targets: Target[] = [];
  try {
    for (const name of options.scenarios) {
      const scenarioStarted = Date.now();
      const context: ScenarioContext = { options, tls: { key: certificate.key, cert: certificate.cert } };
      const result = await runChild<ScenarioResult>(benchScript('scenarioChild.js'), { name, context }, {
        env: { NODE_EXTRA_CA_CERTS: certificate.certPath },
        execArgv: ['--expose-gc'],
        onProgress: (text) => process.stderr.write(`  … ${text}\n`),
      });
      for (const table of result.tables) console.log(`${formatTable(table)}\n`);
      targets.push(...result.targets);
      process.stderr.write(`  (${name}: ${((Date.now() - scenarioStarted) / 1000).toFixed(0)} s)\n`);
    }
  } finally {
    certificate.remove();
  }
  console.log(formatTable(targetsTable(targets)));
  console.log(`\nTotal: ${((Date.now() - started) / 1000).toFixed(0)} s; at the end: ${loadLine()}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
