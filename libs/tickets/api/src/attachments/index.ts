export * from './attachment-store';
export { FileSystemAttachmentStore } from './fs-attachment-store';
export * from './attachment-access';
export * from './attachment-routes';
