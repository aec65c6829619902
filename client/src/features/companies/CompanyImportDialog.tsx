import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { CompanyImportMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { useSession } from '../../session';
import { ErrorState } from '../../ui/states';
import { uploadFile } from '../../ui/upload';
import { ModalDialog } from '../notify/ModalDialog';
import { ImportResultTable } from './ImportResultTable';

const CompanyImportDocument = graphql(`
  mutation CompanyImport($uploadId: ID!, $dryRun: Boolean!, $skipInvalid: Boolean!) {
    importCompanies(uploadId: $uploadId, dryRun: $dryRun, skipInvalid: $skipInvalid) {
      applied
      created
      updated
      unchanged
      failed
      rows { line status column error nip name }
    }
  }
`);

export type ImportResult = CompanyImportMutation['importCompanies'];

type Step =
  | { step: 'pick' }
  | { step: 'uploading' }
  | { step: 'preview'; uploadId: string; result: ImportResult }
  | { step: 'done'; result: ImportResult };

/** "Importuj CSV": upload a file, preview what each row would do, then import it for real. */
export function CompanyImportDialog({
  onClose,
  onImported,
}: {
  onClose(): void;
  onImported(): void;
}) {
  const { t } = useI18n();
  const { token } = useSession();
  const fileId = useId();
  const [state, setState] = useState<Step>({ step: 'pick' });
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [{ fetching, error }, run] = useMutation(CompanyImportDocument);
  const abortRef = useRef<AbortController | null>(null);
  useEffect(() => () => abortRef.current?.abort(), []);

  const preview = async (file: File) => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setUploadError(null);
    setState({ step: 'uploading' });
    try {
      const stored = await uploadFile(file, { token, signal: controller.signal });
      const result = await run({ uploadId: stored.id, dryRun: true, skipInvalid: false });
      if (result.data)
        setState({ step: 'preview', uploadId: stored.id, result: result.data.importCompanies });
      else setState({ step: 'pick' });
    } catch (failure) {
      if (controller.signal.aborted) return;
      setUploadError(failure instanceof Error ? failure.message : String(failure));
      setState({ step: 'pick' });
    }
  };

  const onImport = async (event: FormEvent) => {
    event.preventDefault();
    if (state.step !== 'preview' || fetching) return;
    const result = await run({ uploadId: state.uploadId, dryRun: false, skipInvalid });
    if (!result.data) return;
    const outcome = result.data.importCompanies;
    if (outcome.applied) {
      setState({ step: 'done', result: outcome });
      onImported();
    } else setState({ ...state, result: outcome });
  };

  const shown = state.step === 'preview' || state.step === 'done' ? state.result : null;
  const failed = shown?.failed ?? 0;

  return (
    <ModalDialog
      title={t('companies.import.title')}
      testId="import-dialog"
      className="wide"
      onClose={onClose}
    >
      {state.step === 'pick' || state.step === 'uploading' ? (
        <div className="dialog-form">
          <label htmlFor={fileId}>{t('companies.import.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            data-testid="import-file"
            data-autofocus
            disabled={state.step === 'uploading'}
            aria-describedby={`${fileId}-hint`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void preview(file);
            }}
          />
          <p className="hint" id={`${fileId}-hint`}>
            {t('companies.import.hint')}
          </p>
          {state.step === 'uploading' && (
            <p role="status" className="loading">
              {t('companies.import.checking')}
            </p>
          )}
          {uploadError && (
            <ErrorState error={t('companies.import.uploadFailed', { message: uploadError })} />
          )}
          {error && <ErrorState error={error} />}
        </div>
      ) : (
        <form className="dialog-form" onSubmit={onImport} aria-busy={fetching}>
          {shown && <ImportResultTable result={shown} />}
          {state.step === 'preview' && (
            <>
              {failed > 0 && (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    data-testid="import-skip-invalid"
                    checked={skipInvalid}
                    onChange={(e) => setSkipInvalid(e.target.checked)}
                  />{' '}
                  {t('companies.import.skipInvalid')}
                </label>
              )}
              {error && <ErrorState error={error} />}
              <div className="dialog-actions">
                <button type="button" onClick={onClose}>
                  {t('companies.cancel')}
                </button>
                <button
                  type="submit"
                  className="primary"
                  data-testid="import-submit"
                  disabled={fetching || (failed > 0 && !skipInvalid)}
                >
                  {t('companies.import.submit')}
                </button>
              </div>
            </>
          )}
          {state.step === 'done' && (
            <div className="dialog-actions">
              <button type="button" className="primary" data-autofocus onClick={onClose}>
                {t('common.close')}
              </button>
            </div>
          )}
        </form>
      )}
    </ModalDialog>
  );
}
