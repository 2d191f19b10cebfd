/** Entry point of `npm run doctor`: checks the configured tenant (same environment as the bot) and prints the checklist. */
import { runDoctor } from './runDoctor';

runDoctor(process.env).then(
  ({ text, exitCode }) => {
    process.stdout.write(`Dial-out Insights doctor\n\n${text}\n`);
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    process.stderr.write(`The doctor itself failed: ${(error as Error).name}\n`);
    process.exitCode = 2;
  },
);
