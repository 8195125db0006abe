/**
 * Build-time preparation of the offline face detector assets.
 *
 * The registry's BlazeFace short-range model has no TFLite metadata, and tasks-vision refuses a
 * float32 input without NormalizationOptions. This script adds a ModelMetadata flatbuffer (input:
 * RGB image, normalised with mean 127.5 / std 127.5) and writes the model into resources/models/.
 * It also copies the tasks-vision wasm runtime into resources/mediapipe/wasm/ and the face-mesh
 * solution (script, wasm, graph and packed model assets) into resources/mediapipe/face_mesh/, so
 * the renderer loads everything from the app's own origin.
 *
 * The original model bytes are kept unchanged: FlatBuffers offsets are relative, so the file is
 * prefixed with a new root Model table that reuses every old vector and adds the metadata entry.
 *
 * Usage: npx tsx scripts/prepareFaceModel.ts
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder, ByteBuffer } from 'flatbuffers';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceModel = join(root, 'node_modules/@mediapipe/face_detection/face_detection_short_range.tflite');
const targetModel = join(root, 'resources/models/face_detection_short_range.tflite');
const wasmSource = join(root, 'node_modules/@mediapipe/tasks-vision/wasm');
const wasmTarget = join(root, 'resources/mediapipe/wasm');
// SIMD build for current Chromium, no-SIMD as the fallback FilesetResolver picks on old CPUs, and
// the ES-module build the detector's module worker loads.
const wasmFiles = [
  'vision_wasm_internal.js',
  'vision_wasm_internal.wasm',
  'vision_wasm_nosimd_internal.js',
  'vision_wasm_nosimd_internal.wasm',
  'vision_wasm_module_internal.js',
  'vision_wasm_module_internal.wasm',
];

const meshSource = join(root, 'node_modules/@mediapipe/face_mesh');
const meshTarget = join(root, 'resources/mediapipe/face_mesh');
// What the legacy solution loads at run time (the SIMD build, and the plain one it falls back to).
const meshFiles = [
  'face_mesh.js',
  'face_mesh.binarypb',
  'face_mesh_solution_packed_assets.data',
  'face_mesh_solution_packed_assets_loader.js',
  'face_mesh_solution_simd_wasm_bin.data',
  'face_mesh_solution_simd_wasm_bin.js',
  'face_mesh_solution_simd_wasm_bin.wasm',
  'face_mesh_solution_wasm_bin.js',
  'face_mesh_solution_wasm_bin.wasm',
];

const METADATA_NAME = 'TFLITE_METADATA';
const NORMALIZATION_MEAN = 127.5;
const NORMALIZATION_STD = 127.5;

// Field slots (vtable index) from the TFLite and TFLite-metadata schemas.
const MODEL_FIELDS = 8; // version, operator_codes, subgraphs, description, buffers, metadata_buffer, metadata, signature_defs
const MODEL_BUFFERS = 4;
const MODEL_METADATA = 6;
const COLOR_SPACE_RGB = 1;
const CONTENT_IMAGE_PROPERTIES = 2;
const PROCESS_UNIT_NORMALIZATION = 1;

/** Builds the ModelMetadata flatbuffer (file identifier M001) for the single image input. */
function buildFaceModelMetadata(): Uint8Array {
  const b = new Builder(512);

  const mean = createFloatVector(b, [NORMALIZATION_MEAN]);
  const std = createFloatVector(b, [NORMALIZATION_STD]);
  b.startObject(2); // NormalizationOptions
  b.addFieldOffset(0, mean, 0);
  b.addFieldOffset(1, std, 0);
  const normalization = b.endObject();

  b.startObject(2); // ProcessUnit { options: ProcessUnitOptions }
  b.addFieldInt8(0, PROCESS_UNIT_NORMALIZATION, 0);
  b.addFieldOffset(1, normalization, 0);
  const processUnit = b.endObject();

  b.startObject(2); // ImageProperties
  b.addFieldInt8(0, COLOR_SPACE_RGB, 0);
  const imageProperties = b.endObject();

  b.startObject(3); // Content { content_properties: ContentProperties, range }
  b.addFieldInt8(0, CONTENT_IMAGE_PROPERTIES, 0);
  b.addFieldOffset(1, imageProperties, 0);
  const content = b.endObject();

  const tensorName = b.createString('image');
  const processUnits = createOffsetVector(b, [processUnit]);
  b.startObject(7); // TensorMetadata
  b.addFieldOffset(0, tensorName, 0);
  b.addFieldOffset(3, content, 0);
  b.addFieldOffset(4, processUnits, 0);
  const inputTensor = b.endObject();

  const inputs = createOffsetVector(b, [inputTensor]);
  b.startObject(10); // SubGraphMetadata
  b.addFieldOffset(2, inputs, 0);
  const subgraph = b.endObject();

  const modelName = b.createString('BlazeFace short range');
  const subgraphs = createOffsetVector(b, [subgraph]);
  b.startObject(8); // ModelMetadata
  b.addFieldOffset(0, modelName, 0);
  b.addFieldOffset(3, subgraphs, 0);
  const metadata = b.endObject();

  b.finish(metadata, 'M001');
  return b.asUint8Array().slice();
}

function createFloatVector(b: Builder, values: number[]): number {
  b.startVector(4, values.length, 4);
  for (let i = values.length - 1; i >= 0; i--) b.addFloat32(values[i] ?? 0);
  return b.endVector();
}

function createOffsetVector(b: Builder, offsets: number[]): number {
  b.startVector(4, offsets.length, 4);
  for (let i = offsets.length - 1; i >= 0; i--) b.addOffset(offsets[i] ?? 0);
  return b.endVector();
}

/** Minimal reader for the parts of the TFLite Model table this patch touches. */
class TableReader {
  constructor(
    private readonly bb: ByteBuffer,
    readonly pos: number,
  ) {}

  /** Absolute position of a field's value, or 0 when the field is absent. */
  field(slot: number): number {
    const off = this.bb.__offset(this.pos, 4 + 2 * slot);
    return off === 0 ? 0 : this.pos + off;
  }

  /** Absolute position of the object a uoffset field points at, or 0 when absent. */
  target(slot: number): number {
    const at = this.field(slot);
    return at === 0 ? 0 : at + this.bb.readUint32(at);
  }
}

function vectorElements(bb: ByteBuffer, vectorPos: number): number[] {
  if (vectorPos === 0) return [];
  const length = bb.readUint32(vectorPos);
  return Array.from({ length }, (_, i) => {
    const at = vectorPos + 4 + 4 * i;
    return at + bb.readUint32(at);
  });
}

function readString(bb: ByteBuffer, pos: number): string {
  const length = bb.readUint32(pos);
  return new TextDecoder().decode(bb.bytes().subarray(pos + 4, pos + 4 + length));
}

/** Little-endian writer that lays objects out front to back, so every uoffset points forward. */
class ForwardWriter {
  private readonly view: DataView;
  private cursor = 0;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** Reserves `size` bytes placed so that `at + skew` is a multiple of `alignment`. */
  alloc(size: number, alignment: number, skew = 0): number {
    this.cursor = align(this.cursor + skew, alignment) - skew;
    const at = this.cursor;
    this.cursor += size;
    if (this.cursor > this.bytes.length) throw new Error('model prefix overflow');
    return at;
  }

  get used(): number {
    return this.cursor;
  }

  u16(at: number, v: number): void {
    this.view.setUint16(at, v, true);
  }

  u32(at: number, v: number): void {
    this.view.setUint32(at, v, true);
  }

  i32(at: number, v: number): void {
    this.view.setInt32(at, v, true);
  }

  /** Writes a uoffset at `at` pointing to the absolute position `target` (must lie after `at`). */
  offsetTo(at: number, target: number): void {
    if (target <= at) throw new Error('flatbuffer offsets must point forward');
    this.u32(at, target - at);
  }

  /** A vtable followed by its table of 4-byte fields; returns the field positions by slot. */
  table(slotCount: number, present: boolean[]): { table: number; fields: number[] } {
    const vtableSize = 4 + 2 * slotCount;
    const vtable = this.alloc(vtableSize, 2);
    const fields: number[] = [];
    let size = 4;
    for (let slot = 0; slot < slotCount; slot++) {
      fields[slot] = present[slot] ? size : 0;
      if (present[slot]) size += 4;
    }
    const table = this.alloc(size, 4);
    this.u16(vtable, vtableSize);
    this.u16(vtable + 2, size);
    fields.forEach((f, slot) => this.u16(vtable + 4 + 2 * slot, f));
    this.i32(table, table - vtable);
    return { table, fields: fields.map((f) => (f === 0 ? 0 : table + f)) };
  }
}

function align(n: number, alignment: number): number {
  return Math.ceil(n / alignment) * alignment;
}

/** Returns the model with a TFLITE_METADATA entry; throws if the model already has one. */
function addMetadataToModel(model: Uint8Array, metadata: Uint8Array): Uint8Array {
  const bb = new ByteBuffer(model);
  if (bb.__has_identifier('TFL3') === false) throw new Error('not a TFLite model (identifier TFL3 missing)');
  const old = new TableReader(bb, bb.readUint32(0));

  const oldBuffers = vectorElements(bb, old.target(MODEL_BUFFERS));
  const oldMetadata = vectorElements(bb, old.target(MODEL_METADATA));
  for (const entry of oldMetadata) {
    const name = new TableReader(bb, entry).target(0);
    if (name !== 0 && readString(bb, name) === METADATA_NAME) throw new Error('model already has TFLITE_METADATA');
  }

  // 16-byte multiple: the old tensor buffers keep their alignment inside the file.
  const prefixSize = align(256 + 4 * (oldBuffers.length + oldMetadata.length) + metadata.length + METADATA_NAME.length, 16);
  const out = new Uint8Array(prefixSize + model.length);
  out.set(model, prefixSize);
  const w = new ForwardWriter(out);
  const shifted = (pos: number) => (pos === 0 ? 0 : prefixSize + pos);

  w.alloc(8, 4); // root uoffset + file identifier
  out.set(new TextEncoder().encode('TFL3'), 4);

  const present = Array.from({ length: MODEL_FIELDS }, (_, slot) => slot === MODEL_BUFFERS || slot === MODEL_METADATA || old.field(slot) !== 0);
  const model2 = w.table(MODEL_FIELDS, present);
  w.offsetTo(0, model2.table);

  const buffersVec = w.alloc(4 + 4 * (oldBuffers.length + 1), 4);
  const metadataVec = w.alloc(4 + 4 * (oldMetadata.length + 1), 4);
  const entry = w.table(2, [true, true]);
  const name = w.alloc(4 + METADATA_NAME.length + 1, 4);
  const buffer = w.table(3, [true, false, false]);
  // The metadata flatbuffer is read in place: keep its start 16-aligned.
  const data = w.alloc(4 + metadata.length, 16, 4);
  const dataStart = data + 4;

  for (let slot = 0; slot < MODEL_FIELDS; slot++) {
    const at = model2.fields[slot] ?? 0;
    if (at === 0) continue;
    if (slot === MODEL_BUFFERS) w.offsetTo(at, buffersVec);
    else if (slot === MODEL_METADATA) w.offsetTo(at, metadataVec);
    else if (slot === 0) w.u32(at, bb.readUint32(old.field(0)));
    else w.offsetTo(at, shifted(old.target(slot)));
  }

  w.u32(buffersVec, oldBuffers.length + 1);
  oldBuffers.forEach((pos, i) => w.offsetTo(buffersVec + 4 + 4 * i, shifted(pos)));
  w.offsetTo(buffersVec + 4 + 4 * oldBuffers.length, buffer.table);

  w.u32(metadataVec, oldMetadata.length + 1);
  oldMetadata.forEach((pos, i) => w.offsetTo(metadataVec + 4 + 4 * i, shifted(pos)));
  w.offsetTo(metadataVec + 4 + 4 * oldMetadata.length, entry.table);

  w.offsetTo(entry.fields[0] ?? 0, name);
  w.u32(entry.fields[1] ?? 0, oldBuffers.length); // index of the new buffer
  w.u32(name, METADATA_NAME.length);
  out.set(new TextEncoder().encode(METADATA_NAME), name + 4);

  w.offsetTo(buffer.fields[0] ?? 0, data);
  w.u32(data, metadata.length);
  out.set(metadata, dataStart);
  if (w.used > prefixSize) throw new Error('model prefix overflow');
  return out;
}

/** Reads back the patched model's metadata to prove the file is well formed. */
function readNormalization(model: Uint8Array): { mean: number; std: number } {
  const bb = new ByteBuffer(model);
  const root = new TableReader(bb, bb.readUint32(0));
  const buffers = vectorElements(bb, root.target(MODEL_BUFFERS));
  for (const entry of vectorElements(bb, root.target(MODEL_METADATA))) {
    const e = new TableReader(bb, entry);
    if (readString(bb, e.target(0)) !== METADATA_NAME) continue;
    const buffer = new TableReader(bb, buffers[bb.readUint32(e.field(1))] ?? 0);
    const dataPos = buffer.target(0);
    const meta = new ByteBuffer(model.subarray(dataPos + 4, dataPos + 4 + bb.readUint32(dataPos)));
    if (!meta.__has_identifier('M001')) throw new Error('metadata identifier M001 missing');
    const mm = new TableReader(meta, meta.readUint32(0));
    const sub = new TableReader(meta, vectorElements(meta, mm.target(3))[0] ?? 0);
    const tensor = new TableReader(meta, vectorElements(meta, sub.target(2))[0] ?? 0);
    const unit = new TableReader(meta, vectorElements(meta, tensor.target(4))[0] ?? 0);
    const norm = new TableReader(meta, unit.target(1));
    return { mean: meta.readFloat32(norm.target(0) + 4), std: meta.readFloat32(norm.target(1) + 4) };
  }
  throw new Error('no TFLITE_METADATA entry');
}

function main(): void {
  const patched = addMetadataToModel(readFileSync(sourceModel), buildFaceModelMetadata());
  const check = readNormalization(patched);
  if (check.mean !== NORMALIZATION_MEAN || check.std !== NORMALIZATION_STD) throw new Error('metadata read-back mismatch');
  mkdirSync(dirname(targetModel), { recursive: true });
  writeFileSync(targetModel, patched);
  mkdirSync(wasmTarget, { recursive: true });
  for (const file of wasmFiles) copyFileSync(join(wasmSource, file), join(wasmTarget, file));
  mkdirSync(meshTarget, { recursive: true });
  for (const file of meshFiles) copyFileSync(join(meshSource, file), join(meshTarget, file));
  console.log(`face model: ${targetModel} (${patched.length} B); wasm: ${wasmTarget}; face mesh: ${meshTarget}`);
}

main();
