import type { HallConfig } from '../../common/config/hallConfig';
import type { DemoCardId, ReaderStatusView } from '../../common/contract/services/reader';
import { KioskError } from '../../common/errors';
import type { EventHub } from '../bridge/eventHub';
import { readFileSync } from 'node:fs';
import { demoCard, type DemoCardPhotos } from '../demo/demoCards';
import type { CardPhotoSource } from '../services/faceMatch/cardPhotoMatch';
import { cardPhotoSource } from '../services/faceMatch/cardPhotoSource';
import { createDiscoveryConnector, type DiscoveryConfig } from '../services/idcard/discovery';
import { createReaderLoop, type ReaderLoop } from '../services/idcard/readerLoop';
import type { ReaderStatus } from '../services/idcard/readerStatus';
import { SamSimulator } from '../services/idcard/simulator/samSimulator';
import { SimulatorTransport } from '../services/idcard/transports/simulatorTransport';
import type { ReaderConnector } from '../services/idcard/transports/readerTransport';
import type { Logger } from '../services/log/logger';

export interface CardReaderService {
  status(): ReaderStatusView;
  /** Lays a sample card on the demo reader, taking off any card already there first. */
  presentSample(card: DemoCardId): Promise<void>;
  removeSample(): void;
  /** The chip photo of a read, for the identity API; never sent to the renderer. */
  photo(readId: string): Buffer | null;
  /** The chip photo of a read as an image, behind the decoder hook (the card photo match). */
  cardPhoto(readId: string): CardPhotoSource;
  /** The ID number on the card of a read, while it is the latest one (staff-card unlock). */
  idNumberOf(readId: string): string | undefined;
  /** End of a citizen's session: forget the kept photo and the last read. */
  forget(): void;
  stop(): Promise<void>;
}

function discoveryFor(reader: HallConfig['devices']['reader']): DiscoveryConfig {
  switch (reader.transport) {
    case 'serial':
      return { serialPaths: reader.path ? [reader.path] : [], scanUsbSerial: !reader.path, usbSam: false };
    case 'usb':
      return { usbSam: true, scanUsbSerial: false };
    case 'tcp': {
      const [host, port] = (reader.path ?? '').split(':');
      return { tcp: host && port ? [{ host, port: Number(port) }] : [], usbSam: false, scanUsbSerial: false };
    }
    default:
      return {};
  }
}

/**
 * Demo and training: the other person's face for `sun-li`'s card, a JPEG file named by
 * KIOSK_DEMO_OTHER_FACE_PHOTO (the tests build it); unreadable or unset, her card has no plain photo.
 */
function demoPhotos(env: NodeJS.ProcessEnv, log: Logger): DemoCardPhotos {
  const file = env.KIOSK_DEMO_OTHER_FACE_PHOTO;
  if (!file) return {};
  try {
    return { otherPersonJpeg: readFileSync(file) };
  } catch (error) {
    log.warn('demo card photo not readable', { error: error instanceof Error ? error.message : String(error) });
    return {};
  }
}

/**
 * The card reader as the kiosk uses it: a configured or discovered reader, or in demo mode the
 * in-process simulator when none is attached; status and cards go out as KioskApi events.
 */
export function startCardReader(options: { config: HallConfig; events: EventHub; log: Logger }): CardReaderService {
  const { config, events } = options;
  const log = options.log.child({ component: 'reader' });
  const readerConfig = config.devices.reader;
  const demo = config.mode === 'demo';
  const simulator = new SamSimulator();
  const simulatorId = new SimulatorTransport(simulator, log, 'demo').id;
  let simulated = false;
  const photos = demo ? demoPhotos(process.env, log) : {};
  const vendorDecoder = config.face?.cardPhotoMatch?.decoder;

  const discover =
    readerConfig.transport === 'simulator' || readerConfig.transport === 'none' ? undefined : createDiscoveryConnector(discoveryFor(readerConfig), log);
  const connect: ReaderConnector = async () => {
    const found = discover ? await discover() : null;
    simulated = !found && (readerConfig.transport === 'simulator' || (demo && readerConfig.transport === 'auto'));
    if (found || !simulated) return found;
    // Like discovery, hand the loop an opened link; a fresh one each time, as after a replug.
    const transport = new SimulatorTransport(simulator, log, 'demo');
    await transport.open();
    return transport;
  };

  const view = (status: ReaderStatus): ReaderStatusView => ({
    state: status.state,
    reader: status.reader,
    ...(status.reason ? { reason: status.reason } : {}),
    ...(status.attempt ? { attempt: status.attempt } : {}),
    simulated: simulated && status.reader === simulatorId,
  });

  const loop: ReaderLoop = createReaderLoop({ connect, logger: log, pollIntervalMs: readerConfig.pollIntervalMs });
  loop.onStatus((status) => events.emit('reader.status', view(status)));
  let lastRead: { readId: string; idNumber: string } | undefined;
  loop.onCard((read) => {
    lastRead = { readId: read.readId, idNumber: read.card.idNumber };
    events.emit('reader.card', { readId: read.readId, readAt: read.readAt, card: read.card });
  });
  loop.onCardRemoved(() => events.emit('reader.cardRemoved', {}));
  if (readerConfig.transport !== 'none') loop.start();

  const requireSimulator = () => {
    if (!view(loop.status()).simulated) throw new KioskError('reader.notSimulated', 'Sample cards exist only on the demo reader');
  };
  return {
    status: () => view(loop.status()),
    async presentSample(card) {
      requireSimulator();
      if (['reading', 'card-read'].includes(loop.status().state)) {
        // Swapping cards: the loop must see the first one leave, or it takes the new one for the old.
        const removed = new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 5000);
          const off = loop.onStatus((status) => {
            if (status.state === 'ready' || status.state === 'error') {
              clearTimeout(timer);
              off();
              resolve();
            }
          });
        });
        simulator.remove();
        await removed;
      }
      simulator.insert(demoCard(card, photos));
    },
    removeSample() {
      requireSimulator();
      simulator.remove();
    },
    photo: (readId) => loop.getPhoto(readId),
    cardPhoto: (readId) =>
      cardPhotoSource(
        loop.getPhoto(readId),
        view(loop.status()).simulated ? { simulated: (wlt) => simulator.plainPhotoOf(wlt) } : vendorDecoder ? { vendor: vendorDecoder } : {},
      ),
    idNumberOf: (readId) => (lastRead?.readId === readId ? lastRead.idNumber : undefined),
    forget: () => {
      lastRead = undefined;
      loop.clearPhoto();
    },
    async stop() {
      await loop.stop();
      simulator.dispose();
    },
  };
}
