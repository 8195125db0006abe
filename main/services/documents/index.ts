export { DocumentSession, type DocumentSessionOptions, type HeldDocument } from './documentSession';
export { defaultAllowList, listCandidateFiles, readPickedFile, isHiddenName, type DriveAllowList, type CandidateFile } from './driveFiles';
export { listRemovableMounts, linuxRemovableMounts, windowsRemovableMounts, parseLsblk, parseMountInfo, type RemovableMount } from './removableDrives';
export { checkDocument, sniffDocument, documentErrorCodes, sizeLimits, contentTypes, MAX_DOCUMENT_BYTES, type SniffResult } from './sniff';
