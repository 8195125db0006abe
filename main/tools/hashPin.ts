import { createInterface } from 'node:readline/promises';
import { hashPin } from '../services/staff/pinHash';

/** `npm run hash-pin`: reads a staff PIN on stdin and prints the hash for the hall config. */
const rl = createInterface({ input: process.stdin, output: process.stderr });
const pin = (await rl.question('Staff PIN (4-12 digits): ')).trim();
rl.close();
if (!/^\d{4,12}$/.test(pin)) {
  console.error('A staff PIN is 4 to 12 digits.');
  process.exit(2);
}
console.log(await hashPin(pin));
