/** Teams' file consent flow for exports: the consent card, then the upload on accept and the file card, or nothing on decline. */
import type { Activity, Attachment, FileConsentCardResponse, TurnContext } from 'botbuilder';
import { isGuid } from '../domain/ids';
import { log } from '../log';
import type { CsvExports, PreparedExport, WaitingExport } from './csvExports';
import { FileUploadError, uploadFile } from './fileUpload';
import { uploadTarget, type UploadAddressRules } from './uploadAddress';

/** What the user is told when an accept finds no file to upload. */
const NOT_READY: Record<Exclude<WaitingExport['kind'], 'ready'>, string> = {
  missing: 'This export is no longer available. Press Export CSV on the report again.',
  expired: 'This export has expired: a prepared file waits only a few minutes. Press Export CSV on the report again.',
  unavailable: "This export could not be read from the bot's storage just now. Press Export CSV on the report again in a minute.",
};

/** Who is asking: the Entra object id when Teams gives one, else the channel account id. */
export function ownerOf(activity: Partial<Activity>): string {
  return activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown';
}

/**
 * The message that offers a prepared file: a FileConsentCard whose contexts carry only the file's id.
 * @example await context.sendActivity(consentMessage(prepared, id, '523 rows of October 2026'))
 */
export function consentMessage(prepared: PreparedExport, id: string, description: string): { attachments: Attachment[] } {
  return {
    attachments: [
      {
        contentType: 'application/vnd.microsoft.teams.card.file.consent',
        name: prepared.name,
        content: { description, sizeInBytes: prepared.bytes.length, acceptContext: { exportId: id }, declineContext: { exportId: id } },
      },
    ],
  };
}

function exportIdOf(response: FileConsentCardResponse): string | undefined {
  const context = response.context as { exportId?: unknown } | undefined;
  const id = context?.exportId;
  return isGuid(id) ? id : undefined;
}

/** Answers the user's choice on a consent card (fileConsent/invoke). */
export class FileConsentAnswers {
  constructor(
    private readonly exports: CsvExports,
    private readonly addressRules: UploadAddressRules,
  ) {}

  /** Uploads the file to the URL Teams gave, then shows it as a file card in the chat. */
  async accept(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const id = exportIdOf(response);
    const waiting: WaitingExport = id ? await this.exports.get(id, ownerOf(context.activity)) : { kind: 'missing' };
    if (!id || waiting.kind !== 'ready') {
      await context.sendActivity(NOT_READY[waiting.kind === 'ready' ? 'missing' : waiting.kind]);
      return;
    }
    const prepared = waiting.file;
    const info = response.uploadInfo;
    const target = await uploadTarget(info?.uploadUrl, this.addressRules);
    if (!info || !target) {
      log.warn('file consent refused: the upload URL is not https to a public host', { activityId: context.activity.id });
      await context.sendActivity('Teams did not give a safe place to save the file, so nothing was uploaded. Try Export CSV again.');
      return;
    }
    try {
      await uploadFile(target, prepared.bytes);
    } catch (error) {
      if (!(error instanceof FileUploadError)) throw error;
      log.error('export upload failed', { activityId: context.activity.id, error });
      await context.sendActivity('The file could not be saved to your OneDrive. Try Export CSV again in a minute.');
      return;
    }
    await this.exports.drop(id);
    await context.sendActivity({
      attachments: [
        {
          contentType: 'application/vnd.microsoft.teams.card.file.info',
          contentUrl: info.contentUrl,
          name: info.name ?? prepared.name,
          content: { uniqueId: info.uniqueId, fileType: info.fileType ?? 'csv' },
        },
      ],
    });
  }

  /** Removes the file (only its owner may): nothing is uploaded. */
  async decline(context: TurnContext, response: FileConsentCardResponse): Promise<void> {
    const id = exportIdOf(response);
    if (id && (await this.exports.get(id, ownerOf(context.activity))).kind === 'ready') await this.exports.drop(id);
    await context.sendActivity('OK, the file was not saved.');
  }
}
