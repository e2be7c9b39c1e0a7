/**
 * HTTP endpoints beside GraphQL, all called with `Authorization: Bearer <accessToken>`.
 */

/** Download of a generated report's bytes (GET). */
export function generatedReportDownloadPath(reportId: string): string {
  return `/files/reports/${encodeURIComponent(reportId)}`;
}

/** Evidence upload for a progress report (POST, multipart/form-data, field `file`, optional `title`). */
export function evidenceUploadPath(progressReportId: string): string {
  return `/files/evidence/${encodeURIComponent(progressReportId)}`;
}

/** Download of an evidence file (GET); the same path the API gives as `EvidenceModel.downloadUrl`. */
export function evidenceDownloadPath(evidenceId: string): string {
  return `/files/evidence/${encodeURIComponent(evidenceId)}`;
}

/** What the upload answers (HTTP 201). */
export interface UploadedEvidence {
  id: string;
  title: string;
  fileName: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  downloadUrl: string;
}

export const EVIDENCE_UPLOAD_FIELD = 'file';
