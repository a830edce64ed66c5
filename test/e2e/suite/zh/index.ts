// Mocha entry of the real-VS-Code run with the display language set to zh-cn (the driver's
// LOCALE=zh-cn: code-server --locale zh-cn with a minimal language pack, test/e2e/driver.js).
import { runSuiteIn } from '../index';

export function run(): Promise<void> {
  return runSuiteIn(__dirname);
}
