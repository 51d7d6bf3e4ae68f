import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

const errorsOf = (env: Record<string, string>) => {
  const result = readConfig(env);
  return result.ok ? [] : result.errors;
};

describe('ATTACHMENTS_S3_* settings', () => {
  it('keep ticket files under DATA_DIR unless a bucket is set', () => {
    expect(readConfig({})).toMatchObject({ ok: true, config: { attachmentsS3: undefined } });
    expect(readConfig({ ATTACHMENTS_S3_BUCKET: 'deskstream-files' })).toMatchObject({
      ok: true,
      config: {
        attachmentsS3: { bucket: 'deskstream-files', endpoint: undefined, region: undefined, forcePathStyle: false },
      },
    });
  });

  it('take an S3-compatible service: endpoint, region and path-style addressing', () => {
    const result = readConfig({
      ATTACHMENTS_S3_BUCKET: 'desk.files-1',
      ATTACHMENTS_S3_ENDPOINT: 'https://s3.example.org:9000',
      ATTACHMENTS_S3_REGION: 'eu-central-1',
      ATTACHMENTS_S3_FORCE_PATH_STYLE: 'TRUE',
      ATTACHMENTS_S3_ACCESS_KEY_ID: 'desk',
      ATTACHMENTS_S3_SECRET_ACCESS_KEY: 'a secret',
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        attachmentsS3: {
          bucket: 'desk.files-1',
          endpoint: 'https://s3.example.org:9000',
          region: 'eu-central-1',
          forcePathStyle: true,
          credentials: { accessKeyId: 'desk', secretAccessKey: 'a secret' },
        },
      },
    });
  });

  it('refuse malformed values with messages that say what is wanted', () => {
    expect(
      errorsOf({
        ATTACHMENTS_S3_BUCKET: 'Desk_Files',
        ATTACHMENTS_S3_ENDPOINT: 'ftp://files.example.org',
        ATTACHMENTS_S3_REGION: 'Europe West',
        ATTACHMENTS_S3_FORCE_PATH_STYLE: 'yes',
      }),
    ).toEqual([
      'ATTACHMENTS_S3_BUCKET must be a bucket name of 3 to 63 lower-case letters, digits, dots and hyphens, such as deskstream-files (got "Desk_Files")',
      'ATTACHMENTS_S3_ENDPOINT must be an http:// or https:// URL such as https://s3.example.org (got "ftp://files.example.org")',
      'ATTACHMENTS_S3_REGION must be a region name such as eu-central-1 (got "Europe West")',
      'ATTACHMENTS_S3_FORCE_PATH_STYLE must be true or false (got "yes")',
    ]);
    expect(errorsOf({ ATTACHMENTS_S3_ENDPOINT: 'https://user:secret@s3.example.org' })[0]).toMatch(
      /^ATTACHMENTS_S3_ENDPOINT must be/,
    );
  });

  it('take explicit keys in pairs only', () => {
    expect(errorsOf({ ATTACHMENTS_S3_BUCKET: 'deskstream-files', ATTACHMENTS_S3_ACCESS_KEY_ID: 'desk' })).toEqual([
      'ATTACHMENTS_S3_ACCESS_KEY_ID and ATTACHMENTS_S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS SDK’s usual credentials',
    ]);
    const result = readConfig({ ATTACHMENTS_S3_BUCKET: 'deskstream-files' });
    expect(result.ok && result.config.attachmentsS3).not.toHaveProperty('credentials');
  });

  it('refuse the service settings without a bucket rather than quietly keeping files on disk', () => {
    expect(errorsOf({ ATTACHMENTS_S3_ENDPOINT: 'http://127.0.0.1:9000', ATTACHMENTS_S3_REGION: 'us-east-1' })).toEqual([
      'ATTACHMENTS_S3_ENDPOINT, ATTACHMENTS_S3_REGION only apply with ATTACHMENTS_S3_BUCKET: set the bucket too, or unset them to keep files under DATA_DIR',
    ]);
  });
});
