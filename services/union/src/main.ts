import { runSubgraph } from '@nef/kit';
import { service } from './server';
import { sms } from './settings';

// Read now: a production service without an SMS sender refuses to start rather than fail each code.
void sms.sender;
void runSubgraph(service);
