export * from './attachment-store';
export { FileSystemAttachmentStore } from './fs-attachment-store';
export { S3AttachmentStore, type S3AttachmentStoreSettings } from './s3-attachment-store';
export * from './attachment-access';
export * from './attachment-routes';
