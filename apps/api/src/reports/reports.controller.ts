import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { TokenService } from '../common/auth/token.service';
import { badUserInput } from '../common/errors';
import { httpError, userFromHeader } from '../reporting/evidence.controller';
import { ReportsService } from './reports.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * `Content-Disposition` with an ASCII fallback and the real name in RFC 5987 form, so
 * "İllik hesabat 2016.pdf" keeps its Azerbaijani letters in every browser.
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFKD')
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'e')
    .replace(/Ə/g, 'E')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  // RFC 5987 attr-char: encodeURIComponent leaves ' ( ) * ! unescaped, which must be encoded here.
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Download of a generated report: the same token and visibility rule as GraphQL. */
@Controller('files/reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly tokens: TokenService,
  ) {}

  @Get(':id')
  async download(@Param('id') id: string, @Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    let file: Awaited<ReturnType<ReportsService['download']>>;
    try {
      const user = userFromHeader(this.tokens, authorization);
      if (!UUID.test(id)) throw badUserInput([{ field: 'id', message: 'must be a UUID' }], 'Not a report id.');
      file = await this.reports.download(id, user);
    } catch (error) {
      // Answered here rather than thrown: the global exception filter is made for GraphQL,
      // and a thrown HttpException would fall through to the portal's 404 page.
      const http = httpError(error);
      res.status(http.getStatus()).json(http.getResponse());
      return;
    }
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.sizeBytes));
    res.setHeader('Content-Disposition', contentDisposition(file.report.fileName ?? id));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    if (file.report.sha256) res.setHeader('X-Checksum-Sha256', file.report.sha256.trim());
    file.stream.on('error', () => res.destroy());
    file.stream.pipe(res);
  }
}
