import { PhoneCipher } from './domain/phone';

/** The process's phone cipher, read once at start-up so a missing production key stops the service. */
export const phones = PhoneCipher.fromEnv();
