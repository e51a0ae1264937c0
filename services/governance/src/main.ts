import { runSubgraph } from '@nef/kit';
import { service } from './service';

void runSubgraph(service);
