import { passwordProblem } from '@ntm/shared';
import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { InitialAdmin } from '../config/app-config';
import { ARGON2_OPTIONS } from './password-hasher';

/**
 * A fresh production database has no account, and accounts are made by admins: the first admin
 * comes from INITIAL_ADMIN_* at boot. It is created only while no account exists at all, so the
 * variables can stay set without ever resetting anyone's password.
 */
export async function bootstrapAdmin(dataSource: DataSource, admin: InitialAdmin): Promise<boolean> {
  const problem = passwordProblem(admin.password);
  if (problem) throw new Error(`INITIAL_ADMIN_PASSWORD ${problem}`);
  const passwordHash = await argon2.hash(admin.password, ARGON2_OPTIONS);
  return dataSource.transaction(async (manager) => {
    await manager.query('LOCK TABLE account IN EXCLUSIVE MODE');
    const [{ n }] = await manager.query('SELECT count(*)::int AS n FROM account');
    if (n > 0) return false;
    const unit = await manager.query('SELECT 1 FROM administrative_unit WHERE code = $1', [admin.unitCode]);
    if (unit.length === 0) throw new Error(`INITIAL_ADMIN_UNIT: unknown unit "${admin.unitCode}"`);
    await manager.query(
      `INSERT INTO account (username, full_name, role, unit_code, password_hash) VALUES ($1, $2, 'admin', $3, $4)`,
      [admin.username.toLowerCase(), 'Quản trị hệ thống', admin.unitCode, passwordHash],
    );
    return true;
  });
}
