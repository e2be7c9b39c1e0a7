import { HttpClient, HttpEventType } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { EVIDENCE_UPLOAD_FIELD, evidenceUploadPath, type UploadedEvidence } from '@nap/contracts';
import { firstValueFrom, map, Observable } from 'rxjs';
import { ApiError } from '../../core/graphql/api-error';

export type UploadProgress = { kind: 'progress'; percent: number } | { kind: 'done'; evidence: UploadedEvidence };

/** Evidence files and generated reports over HTTP, with the bearer token (filesAuthInterceptor). */
@Injectable({ providedIn: 'root' })
export class FileTransferService {
  private readonly http = inject(HttpClient);

  /** Uploads one evidence file, reporting progress; errors are ApiErrors. */
  uploadEvidence(reportId: string, file: File, title?: string): Observable<UploadProgress> {
    const body = new FormData();
    body.append(EVIDENCE_UPLOAD_FIELD, file, file.name);
    if (title) body.append('title', title);
    return this.http
      .post<UploadedEvidence>(evidenceUploadPath(reportId), body, { reportProgress: true, observe: 'events' })
      .pipe(
        map((event): UploadProgress | null => {
          if (event.type === HttpEventType.UploadProgress) {
            return { kind: 'progress', percent: event.total ? Math.round((event.loaded / event.total) * 100) : 0 };
          }
          if (event.type === HttpEventType.Response && event.body) return { kind: 'done', evidence: event.body };
          return null;
        }),
        (source) =>
          new Observable<UploadProgress>((subscriber) =>
            source.subscribe({
              next: (value) => value && subscriber.next(value),
              error: (error: unknown) => subscriber.error(ApiError.from(error)),
              complete: () => subscriber.complete(),
            }),
          ),
      );
  }

  /** Downloads a protected file and hands it to the browser under its server-given name. */
  async download(path: string, fallbackName: string): Promise<void> {
    try {
      const response = await firstValueFrom(this.http.get(path, { responseType: 'blob', observe: 'response' }));
      const disposition = response.headers.get('content-disposition') ?? '';
      const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
      const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
      const name = encoded ? decodeURIComponent(encoded) : (plain ?? fallbackName);
      const url = URL.createObjectURL(response.body as Blob);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = name;
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      throw ApiError.from(error);
    }
  }
}
