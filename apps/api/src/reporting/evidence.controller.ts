import { Body, Controller, Get, Headers, HttpException, HttpStatus, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { TokenService } from '../common/auth/token.service';
import type { AuthUser } from '../common/auth/auth-user';
import { AppError } from '../common/errors';
import { EVIDENCE_MAX_BYTES, EvidenceService } from './evidence.service';

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  INVALID_STATE: 409,
  CONFLICT: 409,
};

/** Same error shape as GraphQL (`extensions.code`), with the matching HTTP status. */
export function httpError(error: unknown): HttpException {
  if (error instanceof AppError) {
    const e = error as GraphQLError;
    const code = String(e.extensions['code']);
    return new HttpException({ message: e.message, extensions: e.extensions }, STATUS_BY_CODE[code] ?? 400);
  }
  if (error instanceof HttpException) return error;
  return new HttpException({ message: 'Internal error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, 500);
}

export function userFromHeader(tokens: TokenService, authorization: string | undefined): AuthUser {
  const { user } = tokens.fromAuthorizationHeader(authorization);
  if (!user) throw new HttpException({ message: 'Sign in first.', extensions: { code: 'UNAUTHENTICATED' } }, HttpStatus.UNAUTHORIZED);
  return user;
}

/** Multer reads multipart file names as Latin-1; browsers send UTF-8 ("şəki.pdf" arrives as "ÅÉki.pdf"). */
export function utf8FileName(name: string): string {
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\uFFFD') ? name : decoded;
}

/** Evidence files: multipart upload and guarded download, with the same access rules as the report. */
@Controller('files/evidence')
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    private readonly tokens: TokenService,
  ) {}

  @Post(':reportId')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1 } }))
  async upload(
    @Param('reportId', new ParseUUIDPipe()) reportId: string,
    @UploadedFile() file: { originalname: string; mimetype: string; buffer: Buffer; size: number } | undefined,
    @Body('title') title: string | undefined,
    @Headers('authorization') authorization: string | undefined,
  ) {
    const user = userFromHeader(this.tokens, authorization);
    if (!file) throw new HttpException({ message: 'Attach the file as the multipart field "file".', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: 'missing' }] } }, 400);
    try {
      const saved = await this.evidence.upload(reportId, { ...file, originalname: utf8FileName(file.originalname) }, typeof title === 'string' ? title : undefined, { user, requestId: randomUUID() });
      return { id: saved.id, title: saved.title, fileName: saved.fileName, sizeBytes: saved.sizeBytes, sha256: saved.sha256, downloadUrl: `/files/evidence/${saved.id}` };
    } catch (error) {
      throw httpError(error);
    }
  }

  @Get(':id')
  async download(@Param('id', new ParseUUIDPipe()) id: string, @Headers('authorization') authorization: string | undefined, @Res() res: Response) {
    const user = userFromHeader(this.tokens, authorization);
    try {
      const { evidence, bytes } = await this.evidence.download(id, user);
      res.setHeader('Content-Type', evidence.contentType ?? 'application/octet-stream');
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(evidence.fileName ?? 'evidence')}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('X-Checksum-Sha256', evidence.sha256 ?? '');
      res.send(bytes);
    } catch (error) {
      throw httpError(error);
    }
  }
}
