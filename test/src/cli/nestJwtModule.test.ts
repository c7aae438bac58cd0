import * as assert from 'node:assert/strict';
import { makeProject, parseJsonReport, removeProject, runCli } from './support';

const MODULE = `import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AuthService } from './auth.service';
import { AuthController } from './auth.controller';

@Module({
  imports: [JwtModule.register({})],
  controllers: [AuthController],
  providers: [AuthService],
})
export class AuthModule {}
`;

const serviceSigning = (refreshOptions: string): string => `import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { ConfigService } from '@nestjs/config';

@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService, private readonly configService: ConfigService) {}

  async getTokens(userId: string, sessionId: string) {
    const token = await this.jwtService.signAsync({ id: userId, sessionId }, {
      secret: this.configService.getOrThrow('auth.secret'),
      expiresIn: this.configService.getOrThrow('auth.expires'),
    });
    const refreshToken = await this.jwtService.signAsync({ sessionId }, ${refreshOptions});
    return { token, refreshToken };
  }
}
`;

const CONTROLLER = `import { Controller } from '@nestjs/common';
@Controller('auth')
export class AuthController {}
`;

/** JwtModule.register({}) in one file, the JwtService sign calls in the providers' files (nestjs-boilerplate's layout). */
describe('CLI: @nestjs/jwt registration and the sign calls of its providers', () => {
  const expiryFindings = (files: Record<string, string>): string[] => {
    const project = makeProject({ 'package.json': '{"dependencies":{"@nestjs/jwt":"^10.2.0","@nestjs/common":"^10.0.0"}}', ...files });
    try {
      return parseJsonReport(runCli(['--format', 'json'], project)).findings.filter((f) => f.ruleId === 'jwt-expiry').map((f) => `${f.file}:${f.line}`);
    } finally {
      removeProject(project);
    }
  };

  it('does not report a registration without expiry when every sign call of its providers sets expiresIn', () => {
    const files = { 'src/auth/auth.module.ts': MODULE, 'src/auth/auth.controller.ts': CONTROLLER, 'src/auth/auth.service.ts': serviceSigning("{ secret: this.configService.getOrThrow('auth.refreshSecret'), expiresIn: '12h' }") };
    assert.deepEqual(expiryFindings(files), []);
  });

  it('reports it when one sign call relies on the registration', () => {
    const files = { 'src/auth/auth.module.ts': MODULE, 'src/auth/auth.controller.ts': CONTROLLER, 'src/auth/auth.service.ts': serviceSigning("{ secret: this.configService.getOrThrow('auth.refreshSecret') }") };
    assert.deepEqual(expiryFindings(files), ['src/auth/auth.module.ts:7']);
  });
});
