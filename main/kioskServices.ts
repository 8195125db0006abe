import { accessSync, constants, mkdirSync } from 'node:fs';
import type { PrintOutcome, SystemInfo } from '../common/contract/services/system';
import type { KioskHandlers } from '../common/contract/kioskApi';
import { getProvinceProfile } from '../common/profiles';
import packageJson from '../package.json';
import { createDispatcher, type Dispatch } from './bridge/callDispatcher';
import { EventHub } from './bridge/eventHub';
import type { LoadedHallConfig } from './services/config/loadHallConfig';
import type { Logger } from './services/log/logger';
import { startHealthReports } from './services/connectivity/healthReports';
import { createLinkMonitor } from './services/connectivity/linkMonitor';
import { observeIdentityCalls } from './services/connectivity/observedClient';
import { createFlowHandlers } from './services/flows';
import { parseFixedOrder } from './services/flows/core/faceChallenges';
import { openCrashJournal, type CrashJournal } from './services/fleet/crashJournal';
import type { Heartbeat } from './services/fleet/heartbeat';
import { createRendererErrorSink } from './services/fleet/rendererErrors';
import { createSessionService, type SessionService } from './services/session/sessionService';
import { createAssistedMode } from './services/staff/assistedMode';
import { createAttestations } from './services/staff/attestations';
import { createAttemptGate } from './services/staff/attemptGate';
import { sqliteAttemptStore } from './services/staff/attemptStore';
import { createStaffHandlers } from './services/staff/staffHandlers';
import { createSystemService, type HealthProbe } from './services/system/systemService';
import type { KeyProvider } from './services/crypto/keyProvider';
import { startCardReader, type CardReaderService } from './wiring/cardReader';
import { cardPhotoMatchPolicy, createCardPhotoMatcher } from './services/faceMatch/cardPhotoMatch';
import { createFaceEmbedder } from './services/faceMatch/faceEmbedder';
import { startOutbox, type OutboxWiring } from './wiring/outbox';
import { startKioskHeartbeat } from './wiring/heartbeat';
import { connectIdentityApi, type IdentityApiConnection } from './wiring/identityApiConnection';

export interface KioskRuntime {
  readonly loaded: LoadedHallConfig;
  readonly log: Logger;
  readonly events: EventHub;
  readonly dispatch: Dispatch;
  readonly session: SessionService;
  readonly identity: IdentityApiConnection;
  readonly reader: CardReaderService;
  readonly outbox: OutboxWiring;
  readonly heartbeat: Heartbeat;
  readonly crashes: CrashJournal;
  stop(): Promise<void>;
}

export interface StartOptions {
  loaded: LoadedHallConfig;
  log: Logger;
  shell: SystemInfo['shell'];
  versions: SystemInfo['versions'];
  /** Where the data key lives: OS key storage in Electron, a 0600 file in the browser shell. */
  keyProvider: KeyProvider;
  /** Prints the page's receipt silently; absent where the shell cannot print (browser shell). */
  printReceipt?: () => Promise<PrintOutcome>;
  /** Leaves kiosk mode; called only after the staff exit PIN was accepted. */
  exit: () => void;
  healthIntervalMs?: number;
  /** Crashes noted before the services started (the crash hooks come first); else opened here. */
  crashes?: CrashJournal;
  /** The shell's printers, for the heartbeat's printer state; absent where the shell cannot print. */
  printers?: () => Promise<ReadonlyArray<{ name: string; isDefault?: boolean }>>;
}

/** A call without an answer this long shows the link as not serving (the status bar turns). */
const linkSlowAfterMs = 5000;
/** While something is wrong, probe this often so the status bar shows the recovery within seconds. */
const degradedHealthIntervalMs = 5000;

const identityProbe = (identity: IdentityApiConnection): HealthProbe => ({
  id: 'identityApi',
  check: async () => {
    await identity.client.getServerKey();
    return { ok: true, detail: identity.embeddedUrl ? 'embedded reference server' : 'reachable' };
  },
});

const dataDirProbe = (dir: string): HealthProbe => ({
  id: 'dataDir',
  check: async () => {
    accessSync(dir, constants.W_OK);
    return { ok: true, detail: 'writable' };
  },
});

/** The composition root shared by both shells: builds every service without touching Electron. */
export async function startKioskServices(options: StartOptions): Promise<KioskRuntime> {
  const { loaded, log } = options;
  const { config } = loaded;
  mkdirSync(loaded.dataDir, { recursive: true, mode: 0o700 });
  const events = new EventHub(log.child({ component: 'events' }));
  const profile = getProvinceProfile(config.province);
  // Every identity call tells the status bar how the link is: no waiting for the next probe.
  const link = createLinkMonitor({ slowAfterMs: linkSlowAfterMs });
  const connection = await connectIdentityApi(loaded, log, { onDemoSms: (sms) => events.emit('demo.sms', sms) });
  const identity: IdentityApiConnection = { ...connection, client: observeIdentityCalls(connection.client, link) };
  const outbox = await startOutbox({ dataDir: loaded.dataDir, keyProvider: options.keyProvider, client: identity.client, events, log });
  const system = createSystemService({
    probes: [dataDirProbe(loaded.dataDir), identityProbe(identity), outbox.probe],
    info: () => ({
      appVersion: packageJson.version,
      shell: options.shell,
      mode: config.mode,
      province: config.province,
      hallName: config.hall.name,
      receiptPaper: config.receipt.paper,
      kioskId: config.kioskId,
      locales: profile.languages,
      defaultLocale: config.defaultLocale,
      idle: config.idle,
      stepWaitSeconds: config.waits.stepSeconds,
      voice: config.voice,
      versions: options.versions,
    }),
  });
  const reader = startCardReader({ config, events, log });
  const crashes = options.crashes ?? openCrashJournal(loaded.dataDir);
  const heartbeat = startKioskHeartbeat({
    config,
    appVersion: packageJson.version,
    dataDir: loaded.dataDir,
    client: identity.client,
    repository: outbox.services.repository,
    reader,
    crashes,
    ...(options.printers ? { printers: options.printers } : {}),
    log,
  });
  const session = createSessionService({ log: log.child({ component: 'session' }), onEnded: (reason) => events.emit('session.ended', { reason }) });
  session.onEnd(() => reader.forget());
  const staffLog = log.child({ component: 'staff' });
  const gate = (name: string) =>
    createAttemptGate({
      maxAttempts: config.staff.maxPinAttempts,
      lockoutSeconds: config.staff.lockoutSeconds,
      log: staffLog,
      store: sqliteAttemptStore(outbox.services.store.db, name),
    });
  const exitGate = gate('exit-pin');
  const assisted = createAssistedMode({
    members: config.staff.members,
    pinGate: gate('staff-pin'),
    cardGate: gate('staff-card'),
    timeoutMs: config.staff.assistedTimeoutMinutes * 60_000,
    audit: (staffId, action, subject) => outbox.services.audit.append(staffId, action, subject),
    onChange: (status) => events.emit('staff.assisted', status),
    log: staffLog,
  });
  const attestations = createAttestations();
  session.onEnd(() => attestations.clear());

  const cardPhotoMatcher = createCardPhotoMatcher(createFaceEmbedder(), cardPhotoMatchPolicy(config.face?.cardPhotoMatch));
  // The model loads in the background once the kiosk is up, so the first citizen does not wait for it.
  const warmUpTimer = setTimeout(() => {
    cardPhotoMatcher.warmUp().catch((error: unknown) => log.warn('card photo match model did not load', { error: String(error) }));
  }, 5000);
  warmUpTimer.unref();
  const flows = createFlowHandlers({
    client: identity.client,
    profile,
    session,
    events,
    log,
    outbox: outbox.services,
    assisted: () => assisted.status().active,
    takeAttestation: (id) => attestations.take(id),
    documents: {
      ...(config.documents?.usbExtensions
        ? { allowList: { extensions: config.documents.usbExtensions, ...(config.documents.usbFolders ? { folders: config.documents.usbFolders } : {}) } }
        : {}),
      // A stand-in folder for USB drives exists only on demo and training kiosks.
      ...(config.mode === 'demo' && process.env.KIOSK_DEMO_USB_ROOT ? { demoRoot: process.env.KIOSK_DEMO_USB_ROOT } : {}),
    },
    ...(config.documents?.authorisationTemplateUrl ? { appealTemplateUrl: config.documents.authorisationTemplateUrl } : {}),
    ...(config.devices.cameras.documentLabel ? { documentCameraLabel: config.devices.cameras.documentLabel } : {}),
    forgotPasswordSwitchedOn: config.forgotPassword?.switchOn ?? [],
    cardPhotoMatch: { matcher: cardPhotoMatcher, photoOf: (readId) => reader.cardPhoto(readId) },
    ...(config.face?.liveness ? { liveness: config.face.liveness } : {}),
    // Demo kiosks only (automated walks with a recorded clip): the face challenge order main issues every time.
    ...(config.mode === 'demo' ? { faceChallengeOrder: parseFixedOrder(process.env.KIOSK_DEMO_FACE_CHALLENGES) } : {}),
    ...(config.face?.presentationAttack ? { presentationAttack: config.face.presentationAttack } : {}),
    demo: config.mode === 'demo',
  });

  const handlers: KioskHandlers = {
    ...flows,
    system: {
      info: () => system.info(),
      health: () => healthReports.check(),
      printReceipt: () => options.printReceipt?.() ?? { printed: false, reason: 'unsupported' },
      reportError: createRendererErrorSink({ log, journal: crashes }),
    },
    session: {
      end: async ({ reason }) => {
        await session.end(reason);
        return { ended: true as const };
      },
    },
    reader: {
      status: () => reader.status(),
      presentSample: async ({ card }) => {
        await reader.presentSample(card);
        return { presented: true as const };
      },
      removeSample: () => {
        reader.removeSample();
        return { removed: true as const };
      },
    },
    sync: { status: () => outbox.status() },
    staff: createStaffHandlers({
      assisted,
      exitGate,
      exitPinHash: config.staff.exitPinHash,
      exit: () => {
        log.warn('staff left kiosk mode');
        options.exit();
      },
      queue: outbox.services.staffView,
      idNumberOf: (readId) => reader.idNumberOf(readId),
      health: () => healthReports.check(),
      sync: () => outbox.status(),
      reader: () => reader.status(),
      verifyAudit: () => outbox.services.audit.verify(),
      versions: { app: packageJson.version, ...options.versions },
      dataDir: loaded.dataDir,
      attestations,
    }),
  };

  const healthTimer = setInterval(() => assisted.tick(), options.healthIntervalMs ?? 30_000);
  healthTimer.unref();
  const healthReports = startHealthReports({
    probe: () => system.health(),
    link,
    emit: (health) => events.emit('system.health', health),
    intervalMs: options.healthIntervalMs ?? 30_000,
    degradedIntervalMs: degradedHealthIntervalMs,
  });
  link.onChange(() => healthReports.linkChanged());

  return {
    loaded,
    log,
    events,
    session,
    identity,
    reader,
    outbox,
    heartbeat,
    crashes,
    dispatch: createDispatcher(handlers, log.child({ component: 'bridge' })),
    async stop() {
      clearInterval(healthTimer);
      clearTimeout(warmUpTimer);
      healthReports.stop();
      heartbeat.stop();
      await reader.stop();
      await outbox.stop();
      await identity.stop();
    },
  };
}
