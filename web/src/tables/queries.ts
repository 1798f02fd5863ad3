import { useCallback } from 'react';
import { useQuery } from '../api/useQuery';
import { fetchDuplicates, fetchPartyLoad, fetchTableIndex, fetchTablePair } from './api';

export function useDuplicates(minJaccard: number) {
  return useQuery(useCallback((signal: AbortSignal) => fetchDuplicates(minJaccard, signal), [minJaccard]));
}

export function useTableIndex() {
  return useQuery(fetchTableIndex);
}

export function useTablePair(a: string, b: string) {
  return useQuery(useCallback((signal: AbortSignal) => fetchTablePair(a, b, signal), [a, b]));
}

export function usePartyLoad(top: number) {
  return useQuery(useCallback((signal: AbortSignal) => fetchPartyLoad(top, signal), [top]));
}
