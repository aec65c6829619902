import { Migration } from '@mikro-orm/migrations';

/**
 * Stored names end in an extension of the file's sniffed type, as new uploads now do: a text file
 * uploaded as "invoice.ps1" is "invoice.txt", a PDF uploaded as "faktura.pdf.hta" is
 * "faktura.pdf", so no download is saved under a name that runs as a program. Names already ending
 * in one of the type's extensions are kept. The same rule as `storedName` in file.sniff.ts.
 */
export const NAMES_FOLLOW_CONTENT_TYPE = String.raw`
with kind(content_type, accepted) as (values
  ('application/pdf', array['pdf']),
  ('image/png', array['png']),
  ('image/jpeg', array['jpg', 'jpeg']),
  ('image/gif', array['gif']),
  ('image/webp', array['webp']),
  ('application/vnd.openxmlformats-officedocument.wordprocessingml.document', array['docx']),
  ('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', array['xlsx']),
  ('application/vnd.oasis.opendocument.text', array['odt']),
  ('application/vnd.oasis.opendocument.spreadsheet', array['ods']),
  ('application/zip', array['zip']),
  ('application/xml', array['xml']),
  ('text/csv', array['csv']),
  ('text/plain', array['txt'])
), trimmed as (
  select f.id, k.accepted, regexp_replace(f.filename, '[.[:space:]]+$', '') as name
    from stored_file f join kind k on k.content_type = f.content_type
), own as (
  select id, accepted, name, lower(substring(name from '\.([[:alnum:]]{1,12})$')) as ext from trimmed
), split as (
  select id, accepted, name, coalesce(ext ~ '[[:alpha:]]', false) as has_ext, ext,
         case when ext ~ '[[:alpha:]]' then regexp_replace(left(name, -length(ext) - 1), '[.[:space:]]+$', '') else name end as base
    from own
), inner_ext as (
  select *, lower(substring(base from '\.([[:alnum:]]{1,12})$')) as base_ext from split
), renamed as (
  select id, case
      when has_ext and ext = any(accepted) then name
      when base_ext ~ '[[:alpha:]]' and base_ext = any(accepted) then base
      else coalesce(nullif(base, ''), 'file') || '.' || accepted[1]
    end as filename
    from inner_ext
)
update stored_file f set filename = r.filename from renamed r where f.id = r.id and f.filename <> r.filename`;

/**
 * Uploads never attached to a message are swept after UPLOAD_ORPHAN_HOURS: an index of uploads by
 * age for the sweep, and file_removal, the storage keys whose rows are gone and whose bytes are
 * still to be removed. Existing names are made to follow their sniffed type.
 */
export class Migration20261128140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "file_removal" ("storage_key" varchar(255) not null, "queued_at" timestamptz not null default now(), constraint "file_removal_pkey" primary key ("storage_key"));`,
    );
    this.addSql(
      `create index "stored_file_upload_created_at_idx" on "stored_file" ("created_at") where "company_id" is null and "printout" is null;`,
    );
    this.addSql(NAMES_FOLLOW_CONTENT_TYPE);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "stored_file_upload_created_at_idx";`);
    this.addSql(`drop table "file_removal";`);
  }
}
