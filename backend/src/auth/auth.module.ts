import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { Account } from '../accounts/entities/account.entity';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { RefreshToken } from './entities/refresh-token.entity';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [TypeOrmModule.forFeature([RefreshToken, Account]), JwtModule.register({}), AccountsModule],
  controllers: [AuthController],
  providers: [AuthService, LoginThrottle, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AuthModule {}
