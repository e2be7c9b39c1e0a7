import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@nap/domain';
import { ReqCtx, Roles } from '../common/auth/decorators';
import type { RequestContext } from '../common/auth/auth-user';
import { CreateUserInput } from './dto/create-user.input';
import type { UserEntity } from './entities/user.entity';
import { User } from './models/user.model';
import { UsersService } from './users.service';
import { UuidPipe } from '../common/uuid.pipe';

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @Roles(Role.ADMIN)
  @Query(() => [User])
  users(): Promise<UserEntity[]> {
    return this.usersService.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  createUser(@Args('input') input: CreateUserInput, @ReqCtx() ctx: RequestContext): Promise<UserEntity> {
    return this.usersService.create(input, ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User, { description: 'Disables the account and ends its sessions at once.' })
  deactivateUser(@Args('id', { type: () => ID }, UuidPipe) id: string, @ReqCtx() ctx: RequestContext): Promise<UserEntity> {
    return this.usersService.setActive(id, false, ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => User)
  activateUser(@Args('id', { type: () => ID }, UuidPipe) id: string, @ReqCtx() ctx: RequestContext): Promise<UserEntity> {
    return this.usersService.setActive(id, true, ctx);
  }
}
