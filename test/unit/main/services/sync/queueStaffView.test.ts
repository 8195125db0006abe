import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { citizenOf } from '../../../../../main/services/sync/maskPersonal';
import { QueueStaffView, reasonOf } from '../../../../../main/services/sync/queueStaffView';
import { openTestOutbox, type TestOutbox } from '../../../../support/outbox/testOutbox';

let t: TestOutbox;
let kicked: number;
let view: QueueStaffView;

beforeEach(() => {
  t = openTestOutbox();
  kicked = 0;
  view = new QueueStaffView(t.repository, t.audit, () => kicked++);
});
afterEach(() => t.dispose());

const faceEnrolment = () =>
  t.repository.enqueue({
    kind: 'faceEnrolment',
    payload: { subject: { name: '陈静', idType: 'resident', idNumber: '540102198504201165' }, capture: { contentType: 'image/jpeg', data: 'AAAA' } },
  });

describe('QueueStaffView as a clerk reads it', () => {
  it('names the service by its translation key and the citizen masked, never in full', () => {
    faceEnrolment();
    const [item] = view.list();
    expect(item).toMatchObject({ kind: 'faceEnrolment', label: 'person.receipt.services.faceEnrolment', citizen: '陈* 540***********1165', reason: null });
    expect(JSON.stringify(view.list())).not.toMatch(/陈静|540102198504201165/);
  });

  it('names an enterprise appeal by the masked enterprise and its credit code', () => {
    const payload = {
      type: 'legalRepresentativeChange',
      enterprise: { legalEntityType: 'company', enterpriseName: '吉林长白山贸易有限公司', uscc: '91220101MA0Y1JK2XY' },
      legalRepresentative: { name: '赵强', idType: 'resident', idNumber: '220102198001010011' },
    };
    expect(citizenOf(payload)).toBe('吉林*******公司 912***********K2XY');
    expect(citizenOf({ capture: { data: 'AAAA' } })).toBeNull();
  });

  it('sorts the last failure into what a clerk can do about it', () => {
    expect(reasonOf('pending', null)).toBeNull();
    expect(reasonOf('pending', 'IDENTITY_API_UNREACHABLE')).toBe('unreachable');
    expect(reasonOf('pending', 'IDENTITY_API_TIMEOUT')).toBe('unreachable');
    expect(reasonOf('pending', 'IDENTITY_API_SERVER_ERROR')).toBe('busy');
    expect(reasonOf('pending', 'http 503')).toBe('busy');
    expect(reasonOf('pending', 'SERVICE_UNAVAILABLE')).toBe('busy');
    expect(reasonOf('pending', 'auth')).toBe('auth');
    expect(reasonOf('pending', 'upload gone')).toBe('upload');
    expect(reasonOf('pending', 'unexpected: TypeError')).toBe('unexpected');
    expect(reasonOf('dead', 'FACE_NO_MATCH')).toBe('refused');
  });

  it('sends a pending item now instead of after its back-off, audited with the staff id', () => {
    const id = faceEnrolment();
    t.repository.recordRetry(id, 3, t.clock.now() + 600_000, 'IDENTITY_API_UNREACHABLE');
    expect(t.repository.due()).toEqual([]);
    expect(view.retry(id, 'S001')).toBe(true);
    expect(kicked).toBe(1);
    expect(t.repository.due().map((i) => i.id)).toEqual([id]);
    expect(t.repository.get(id)).toMatchObject({ state: 'pending', attempts: 3, lastError: 'IDENTITY_API_UNREACHABLE' });
    expect(view.auditTrail(1)[0]).toMatchObject({ actor: 'staff:S001', action: 'outbox.sendNow', subject: id });
  });

  it('refuses an item that is no longer queued', () => {
    const id = faceEnrolment();
    t.repository.acknowledge(id);
    expect(view.retry(id, 'S001')).toBe(false);
    expect(kicked).toBe(0);
  });
});
