import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { createSecretKey } from 'node:crypto';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Account } from '../accounts/entities/account.entity';
import { AccessGuard } from './access.guard';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { RefreshToken } from './entities/refresh-token.entity';
import { LoginThrottle } from './login-throttle';

@Module({
  imports: [TypeOrmModule.forFeature([RefreshToken, Account]), JwtModule.registerAsync({
      inject: [APP_CONFIG],
      // A ready key: given a string, jsonwebtoken first tries (and fails) to parse it as a public
      // key on every call, which cost about a millisecond per request.
      useFactory: (config: AppConfig) => ({ secret: createSecretKey(Buffer.from(config.jwtSecret)) }),
    }), AccountsModule],
  controllers: [AuthController],
  providers: [AuthService, LoginThrottle, { provide: APP_GUARD, useClass: AccessGuard }],
})
export class AuthModule {}
