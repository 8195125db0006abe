import type { IdType } from '../common/domain/idTypes';
import type { Db } from './database';
import { hashPassword } from './passwordHash';

/** Password of every seeded account: valid under every province profile. */
export const SEED_PASSWORD = 'Kiosk@2024';
export const CURRENT_AGREEMENT_VERSION = '2024.1';

interface SeedPerson {
  idNumber: string;
  name: string;
  faceRule?: 'match' | 'no_match';
}

/** The population register; see docs/identity-api.md for each person's card data and purpose. */
export const seedPopulation: SeedPerson[] = [
  { idNumber: '110105199003071239', name: '张伟' },
  { idNumber: '220102196002152427', name: '李秀英' },
  { idNumber: '220102201306010034', name: '王小明' },
  { idNumber: '65010219980810222X', name: '阿依古丽·买买提' },
  { idNumber: '540102198504201165', name: '陈静', faceRule: 'no_match' },
  { idNumber: '350102199209053314', name: '刘洋' },
  { idNumber: '220104197503104519', name: '赵强' },
  // Non-resident documents: a foreign permanent resident (2023 card) and a Hong Kong resident's residence permit.
  { idNumber: '922276198804120028', name: '安娜·米勒' },
  { idNumber: '810000199106180014', name: '陈家明' },
];

export const seedRegistry = [
  { uscc: '91220101MA0Y1JK2XY', enterpriseName: '吉林长白山科技有限公司', legalRepName: '张伟', legalRepIdNumber: '110105199003071239' },
  { uscc: '91540100MA6T3LW8PC', enterpriseName: '拉萨雪域商贸有限公司', legalRepName: '李秀英', legalRepIdNumber: '220102196002152427' },
  { uscc: '91350100MA2Y7FQ5RU', enterpriseName: '福州闽江食品有限公司', legalRepName: '刘洋', legalRepIdNumber: '350102199209053314' },
  { uscc: '91220104MA0Y2AB3C7', enterpriseName: '长春北方物流有限公司', legalRepName: '赵强', legalRepIdNumber: '220104197503104519' },
];

interface SeedAccount {
  accountId: string;
  kind: 'person' | 'enterprise';
  accountName: string | null;
  holderName: string;
  /** resident_id unless said otherwise. */
  idType?: IdType;
  idNumber: string;
  phone: string;
  status: 'active' | 'pending_activation';
  realNameLevel: number;
  signedAgreement: string | null;
  uscc?: string;
  enterpriseName?: string;
}

export const seedAccounts: SeedAccount[] = [
  {
    accountId: 'P-ZHANGWEI',
    kind: 'person',
    accountName: 'zhangwei01',
    holderName: '张伟',
    idNumber: '110105199003071239',
    phone: '13800000001',
    status: 'active',
    realNameLevel: 3,
    signedAgreement: CURRENT_AGREEMENT_VERSION,
  },
  {
    accountId: 'P-LIXIUYING',
    kind: 'person',
    accountName: 'lixiuying',
    holderName: '李秀英',
    idNumber: '220102196002152427',
    phone: '13900000002',
    status: 'active',
    realNameLevel: 2,
    signedAgreement: '2022.1',
  },
  {
    accountId: 'P-CHENJING',
    kind: 'person',
    accountName: 'chenjing85',
    holderName: '陈静',
    idNumber: '540102198504201165',
    phone: '13700000005',
    status: 'active',
    realNameLevel: 3,
    signedAgreement: CURRENT_AGREEMENT_VERSION,
  },
  {
    accountId: 'P-CHENJIAMING',
    kind: 'person',
    accountName: 'chenjiaming',
    holderName: '陈家明',
    idType: 'hmt_residence_permit',
    idNumber: '810000199106180014',
    phone: '13600000008',
    status: 'active',
    realNameLevel: 3,
    signedAgreement: CURRENT_AGREEMENT_VERSION,
  },
  {
    accountId: 'E-CHANGBAISHAN',
    kind: 'enterprise',
    accountName: 'cbskeji',
    holderName: '张伟',
    idNumber: '110105199003071239',
    phone: '13800000001',
    status: 'active',
    realNameLevel: 3,
    signedAgreement: CURRENT_AGREEMENT_VERSION,
    uscc: '91220101MA0Y1JK2XY',
    enterpriseName: '吉林长白山科技有限公司',
  },
  {
    accountId: 'E-XUEYU',
    kind: 'enterprise',
    accountName: null,
    holderName: '李秀英',
    idNumber: '220102196002152427',
    phone: '13900000002',
    status: 'pending_activation',
    realNameLevel: 1,
    signedAgreement: null,
    uscc: '91540100MA6T3LW8PC',
    enterpriseName: '拉萨雪域商贸有限公司',
  },
];

/** Agent requests waiting for a legal representative's approval: 李秀英 asked to act for 长白山科技. */
export const seedAgentRequests = [{ agentId: 'G-SEED-LIXIUYING', enterpriseAccountId: 'E-CHANGBAISHAN', personAccountId: 'P-LIXIUYING' }];

function seedAgents(db: Db, now: number): void {
  if (db.prepare(`SELECT value FROM meta WHERE key = 'seeded_agents'`).get()) return;
  db.transaction(() => {
    const insert = db.prepare(
      `INSERT OR IGNORE INTO agents (agent_id, enterprise_account_id, person_account_id, status, created_at) VALUES (?, ?, ?, 'pending', ?)`,
    );
    for (const a of seedAgentRequests) insert.run(a.agentId, a.enterpriseAccountId, a.personAccountId, now);
    db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded_agents', ?)`).run(String(now));
  })();
}

/** Fills an empty database once; a restarted server keeps whatever tests and demos changed. */
export async function seedDatabase(db: Db, passwordCost: number, now: number): Promise<void> {
  const seeded = db.prepare(`SELECT value FROM meta WHERE key = 'seeded'`).get();
  if (seeded) return seedAgents(db, now);
  const passwordHash = await hashPassword(SEED_PASSWORD, passwordCost);
  db.transaction(() => {
    const person = db.prepare('INSERT INTO population (id_number, name, face_rule) VALUES (?, ?, ?)');
    for (const p of seedPopulation) person.run(p.idNumber, p.name, p.faceRule ?? 'match');
    const registry = db.prepare('INSERT INTO business_registry (uscc, enterprise_name, legal_rep_name, legal_rep_id_number) VALUES (?, ?, ?, ?)');
    for (const r of seedRegistry) registry.run(r.uscc, r.enterpriseName, r.legalRepName, r.legalRepIdNumber);
    const account = db.prepare(`INSERT INTO accounts (account_id, kind, account_name, holder_name, id_type, id_number, phone, uscc,
      enterprise_name, status, real_name_level, password_hash, signed_agreement, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const a of seedAccounts) {
      account.run(
        a.accountId,
        a.kind,
        a.accountName,
        a.holderName,
        a.idType ?? 'resident_id',
        a.idNumber,
        a.phone,
        a.uscc ?? null,
        a.enterpriseName ?? null,
        a.status,
        a.realNameLevel,
        a.status === 'active' ? passwordHash : null,
        a.signedAgreement,
        now,
      );
    }
    db.prepare(`INSERT INTO meta (key, value) VALUES ('seeded', ?)`).run(String(now));
  })();
  seedAgents(db, now);
}
