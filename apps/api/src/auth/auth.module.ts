import { Module } from '@nestjs/common';
import { UsersResolver } from '../users/users.resolver';
import { UsersService } from '../users/users.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';

@Module({
  providers: [AuthResolver, AuthService, UsersResolver, UsersService],
  exports: [UsersService],
})
export class AuthModule {}
