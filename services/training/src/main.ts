import { runSubgraph } from '@nef/kit';
import { service } from './server';

void runSubgraph(service);
