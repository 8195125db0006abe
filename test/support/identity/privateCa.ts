import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PrivateCa {
  /** PEM of the CA certificate (what IT puts in `identityApi.caFile`). */
  caPem: string;
  caFile: string;
  /** The gateway's key and certificate, issued by the CA for 127.0.0.1. */
  key: string;
  cert: string;
}

const openssl = (dir: string, ...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });

/** A province-style private CA and a gateway certificate for 127.0.0.1 it issued, made with openssl in `dir`. */
export function makePrivateCa(dir: string, name = 'Test Province Gateway CA'): PrivateCa {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  openssl(
    dir,
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    `/CN=${name}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  openssl(dir, 'req', ...ec, '-keyout', 'gateway.key', '-out', 'gateway.csr', '-subj', '/CN=gateway.test');
  writeFileSync(join(dir, 'gateway.ext'), 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  openssl(
    dir,
    'x509',
    '-req',
    '-in',
    'gateway.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'gateway.pem',
    '-days',
    '2',
    '-extfile',
    'gateway.ext',
  );
  const caFile = join(dir, 'ca.pem');
  return {
    caPem: readFileSync(caFile, 'utf8'),
    caFile,
    key: readFileSync(join(dir, 'gateway.key'), 'utf8'),
    cert: readFileSync(join(dir, 'gateway.pem'), 'utf8'),
  };
}
