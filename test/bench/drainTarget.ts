/**
 * The drain bench's reference identity API in a process of its own, so the bench can tell the
 * queue's disk writes from the API's. Prints its base URL, then serves until stdin closes.
 * Usage: tsx test/bench/drainTarget.ts <data dir>
 */
import { startTarget } from '../support/outbox/campaignTarget';
import { noChaos } from '../support/outbox/chaosServer';

const dir = process.argv[2];
if (!dir) throw new Error('usage: drainTarget.ts <data dir>');
const target = await startTarget('identity', dir, noChaos);
process.stdout.write(`${target.baseUrl}\n`);
process.stdin.resume();
process.stdin.on('end', () => void target.stop().then(() => process.exit(0)));
