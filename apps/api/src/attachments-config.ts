/**
 * Where ticket files are kept: under DATA_DIR by default, or in an S3-compatible bucket when
 * ATTACHMENTS_S3_BUCKET is set. Credentials are ATTACHMENTS_S3_ACCESS_KEY_ID and
 * ATTACHMENTS_S3_SECRET_ACCESS_KEY, or else the AWS SDK's usual chain (`AWS_ACCESS_KEY_ID` and
 * `AWS_SECRET_ACCESS_KEY`, the shared files, the instance's or task's role).
 */
export interface AttachmentsS3Config {
  bucket: string;
  /** `https://s3.example.org` for a service other than AWS; unset: AWS S3. */
  endpoint: string | undefined;
  /** Unset: the SDK's chain (`AWS_REGION`). */
  region: string | undefined;
  /** The bucket in the path rather than the host name (MinIO and most self-hosted services). */
  forcePathStyle: boolean;
  /** Explicit keys; unset: the SDK's chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** The S3 settings, or undefined (files under DATA_DIR); problems are added to `errors`. */
export function readAttachmentsS3(env: NodeJS.ProcessEnv, errors: string[]): AttachmentsS3Config | undefined {
  const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  const bucket = given(env.ATTACHMENTS_S3_BUCKET);
  const endpoint = given(env.ATTACHMENTS_S3_ENDPOINT);
  const region = given(env.ATTACHMENTS_S3_REGION);
  const rawPathStyle = given(env.ATTACHMENTS_S3_FORCE_PATH_STYLE)?.toLowerCase();
  const accessKeyId = given(env.ATTACHMENTS_S3_ACCESS_KEY_ID);
  const secretAccessKey = given(env.ATTACHMENTS_S3_SECRET_ACCESS_KEY);

  if (bucket !== undefined && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
    errors.push(
      `ATTACHMENTS_S3_BUCKET must be a bucket name of 3 to 63 lower-case letters, digits, dots and hyphens, such as deskstream-files (got "${bucket}")`,
    );
  if (endpoint !== undefined && !isHttpUrl(endpoint))
    errors.push(
      `ATTACHMENTS_S3_ENDPOINT must be an http:// or https:// URL such as https://s3.example.org (got "${endpoint}")`,
    );
  if (region !== undefined && !/^[a-z0-9-]{2,40}$/.test(region))
    errors.push(`ATTACHMENTS_S3_REGION must be a region name such as eu-central-1 (got "${region}")`);
  if (rawPathStyle !== undefined && rawPathStyle !== 'true' && rawPathStyle !== 'false')
    errors.push(`ATTACHMENTS_S3_FORCE_PATH_STYLE must be true or false (got "${rawPathStyle}")`);
  if ((accessKeyId === undefined) !== (secretAccessKey === undefined))
    errors.push(
      'ATTACHMENTS_S3_ACCESS_KEY_ID and ATTACHMENTS_S3_SECRET_ACCESS_KEY go together: set both, or neither to use the AWS SDK’s usual credentials',
    );
  if (bucket === undefined) {
    const stray = (
      [
        ['ATTACHMENTS_S3_ENDPOINT', endpoint],
        ['ATTACHMENTS_S3_REGION', region],
        ['ATTACHMENTS_S3_FORCE_PATH_STYLE', rawPathStyle],
        ['ATTACHMENTS_S3_ACCESS_KEY_ID', accessKeyId],
        ['ATTACHMENTS_S3_SECRET_ACCESS_KEY', secretAccessKey],
      ] as const
    ).filter(([, value]) => value !== undefined);
    if (stray.length > 0)
      errors.push(
        `${stray.map(([name]) => name).join(', ')} only apply with ATTACHMENTS_S3_BUCKET: set the bucket too, or unset them to keep files under DATA_DIR`,
      );
    return undefined;
  }
  const config: AttachmentsS3Config = { bucket, endpoint, region, forcePathStyle: rawPathStyle === 'true' };
  if (accessKeyId !== undefined && secretAccessKey !== undefined) config.credentials = { accessKeyId, secretAccessKey };
  return config;
}

function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}
