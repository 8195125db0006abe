/** The document camera among the video inputs: by the configured label, else one that is not the face camera, else the only one. */
export function pickDocumentCamera(
  devices: readonly { deviceId: string; label: string; kind: string }[],
  label: string | null,
  faceLabel?: string | null,
): string | undefined {
  const cameras = devices.filter((d) => d.kind === 'videoinput');
  if (label) {
    const match = cameras.find((d) => d.label.toLowerCase().includes(label.toLowerCase()));
    if (match) return match.deviceId;
  }
  const notFace = faceLabel ? cameras.filter((d) => !d.label.toLowerCase().includes(faceLabel.toLowerCase())) : cameras;
  return (notFace.length > 1 ? notFace[1] : (notFace[0] ?? cameras[0]))?.deviceId;
}
