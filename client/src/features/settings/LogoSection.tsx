import { type ChangeEvent, useId, useState } from 'react';
import { useMutation } from 'urql';
import { type FragmentType, graphql, useFragment } from '../../gql';
import { type MessageKey, useI18n } from '../../i18n';
import { useSession } from '../../session';
import { formatBytes } from '../../ui/format';
import { UploadError, uploadFile } from '../../ui/upload';

export const LogoSection_office = graphql(`
  fragment LogoSection_office on Office {
    id
    logo { id filename size contentType }
  }
`);

const SetOfficeLogoMutation = graphql(`
  mutation SetOfficeLogo($uploadId: ID) {
    setOfficeLogo(uploadId: $uploadId) {
      id
      ...LogoSection_office
    }
  }
`);

/** What the server accepts (setOfficeLogo): checked here first so a wrong file is named at once. */
export const LOGO_TYPES = ['image/png', 'image/jpeg'];
export const LOGO_MAX_BYTES = 200 * 1024;

/** Why a chosen file cannot be the logo, before anything is sent; null when it may be. */
export function logoFileProblem(file: Pick<File, 'type' | 'size'>): MessageKey | null {
  if (!LOGO_TYPES.includes(file.type)) return 'settings.logo.error.type';
  if (file.size > LOGO_MAX_BYTES) return 'settings.logo.error.size';
  return null;
}

/** The message for a refusal by the server: its reason code, else the upload's status. */
function refusalKey(error: unknown): MessageKey {
  if (error instanceof UploadError)
    return error.status === 413 || error.status === 415
      ? 'settings.logo.error.type'
      : 'settings.logo.error.upload';
  const reasons = (error as { graphQLErrors?: Array<{ extensions?: { reasons?: unknown } }> })
    ?.graphQLErrors?.[0]?.extensions?.reasons;
  if (Array.isArray(reasons) && reasons.includes('LOGO_TOO_LARGE'))
    return 'settings.logo.error.size';
  if (Array.isArray(reasons) && reasons.includes('LOGO_NOT_IMAGE'))
    return 'settings.logo.error.type';
  return 'settings.logo.error.upload';
}

/** The chosen file as a data: URL, which the page's Content-Security-Policy lets images load. */
function dataUrlOf(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The logo in the office's emails: choose a PNG or JPEG, see it, remove it. */
export function LogoSection({
  office: officeRef,
}: {
  office: FragmentType<typeof LogoSection_office>;
}) {
  const { t, lang } = useI18n();
  const { token } = useSession();
  const office = useFragment(LogoSection_office, officeRef);
  const inputId = useId();
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [, setLogo] = useMutation(SetOfficeLogoMutation);

  const onChoose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const local = logoFileProblem(file);
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      const stored = await uploadFile(file, { token });
      const result = await setLogo({ uploadId: stored.id });
      if (result.error) throw result.error;
      setPreview(await dataUrlOf(file));
    } catch (failure) {
      setProblem(refusalKey(failure));
    } finally {
      setBusy(false);
    }
  };

  const onRemove = async () => {
    setBusy(true);
    setProblem(null);
    const result = await setLogo({ uploadId: null });
    setBusy(false);
    if (result.error) setProblem('settings.logo.error.upload');
    else setPreview(null);
  };

  return (
    <section className="card settings-section" aria-labelledby="logo-title" data-testid="logo">
      <h2 id="logo-title">{t('settings.logo.title')}</h2>
      <p className="hint">{t('settings.logo.hint')}</p>
      {office.logo ? (
        <div className="logo-current">
          {preview ? <img src={preview} alt={t('settings.logo.preview')} height={56} /> : null}
          <p data-testid="logo-current">
            {t('settings.logo.current', {
              name: office.logo.filename,
              size: formatBytes(office.logo.size, lang),
            })}
          </p>
          <button type="button" onClick={onRemove} disabled={busy}>
            {t('settings.logo.remove')}
          </button>
        </div>
      ) : (
        <p data-testid="logo-current">{t('settings.logo.none')}</p>
      )}
      <label htmlFor={inputId} className="logo-pick">
        {office.logo ? t('settings.logo.replace') : t('settings.logo.choose')}
      </label>
      <input
        id={inputId}
        type="file"
        accept={LOGO_TYPES.join(',')}
        onChange={onChoose}
        disabled={busy}
      />
      {busy ? <p aria-live="polite">{t('settings.logo.saving')}</p> : null}
      {problem ? (
        <p role="alert" className="error">
          {t(problem)}
        </p>
      ) : null}
    </section>
  );
}
