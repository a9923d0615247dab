import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EvidenceFileDto } from '@ntm/shared';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { notFound, outOfScope } from '../../common/errors/domain-error';
import { isWithinScope } from '@ntm/shared';
import { CriteriaAccess } from '../criteria-access';

/** Evidence files of manual values: uploaded for a unit, downloaded by its readers. */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CriteriaAccess,
  ) {}

  async upload(user: AuthUser, unitCode: string, file: Express.Multer.File): Promise<EvidenceFileDto> {
    const unit = await this.access.unit(user, unitCode, 'unit');
    const name = Buffer.from(file.originalname, 'latin1').toString('utf8').slice(0, 255);
    const mime = (file.mimetype || 'application/octet-stream').slice(0, 100);
    const [{ id }]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO criteria_evidence (unit_code, name, mime, size, content, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [unit.code, name, mime, file.size, file.buffer, user.id],
    );
    return { id, name, size: file.size, mime };
  }

  async download(user: AuthUser, id: string, res: Response): Promise<void> {
    const [file]: { name: string; mime: string; content: Buffer; path: string }[] = await this.dataSource.query(
      `SELECT f.name, f.mime, f.content, u.path FROM criteria_evidence f JOIN administrative_unit u ON u.code = f.unit_code WHERE f.id = $1`,
      [id],
    );
    if (!file) throw notFound('Evidence file');
    if (!isWithinScope(file.path, user.scopePath)) throw outOfScope();
    res.attachment(file.name);
    res.type(file.mime);
    res.send(file.content);
  }
}
