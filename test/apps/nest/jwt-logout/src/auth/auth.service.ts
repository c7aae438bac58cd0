import { Injectable } from '@nestjs/common';

@Injectable()
export class AuthService {
  private readonly refreshTokens = new Map<number, string>();

  /** Revokes the user's refresh token: the access token runs out on its own. */
  async removeRefreshToken(userId: number): Promise<{ success: boolean }> {
    this.refreshTokens.delete(userId);
    return { success: true };
  }
}
