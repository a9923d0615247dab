import { Account } from '../accounts/entities/account.entity';
import { RefreshToken } from '../auth/entities/refresh-token.entity';
import { AdministrativeUnit } from '../units/entities/administrative-unit.entity';

export const ENTITIES = [AdministrativeUnit, Account, RefreshToken];
