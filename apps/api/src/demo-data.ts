/**
 * Demo data for a first start: a university library's virtual reference desk. The credentials
 * are stated in apps/api/README.md. Ids are fixed, so seeding twice writes nothing new.
 */
import type { LocalizedText, Role } from '@deskstream/identity-domain';

export interface DemoDepartment {
  id: string;
  name: LocalizedText;
}

export interface DemoStaff {
  id: string;
  username: string;
  password: string;
  displayName: string;
  roles: Role[];
  departments: string[];
}

export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  { id: 'humanities', name: { fa: 'علوم انسانی', en: 'Humanities', ja: '人文学', vi: 'Khoa học Xã hội và Nhân văn' } },
  { id: 'engineering', name: { fa: 'فنی و مهندسی', en: 'Engineering', ja: '工学', vi: 'Kỹ thuật' } },
  { id: 'medicine', name: { fa: 'پزشکی', en: 'Medicine', ja: '医学', vi: 'Y khoa' } },
  { id: 'law', name: { fa: 'حقوق', en: 'Law', ja: '法学', vi: 'Luật' } },
];

export const DEMO_STAFF: DemoStaff[] = [
  {
    id: '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0001',
    username: 'admin',
    password: 'deskstream-admin',
    displayName: 'Desk Administrator',
    roles: ['ADMIN'],
    departments: [],
  },
  {
    id: '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0002',
    username: 'sara',
    password: 'deskstream-agent',
    displayName: 'Sara Ahmadi',
    roles: ['AGENT'],
    departments: ['humanities', 'law'],
  },
  {
    id: '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0003',
    username: 'minh',
    password: 'deskstream-agent',
    displayName: 'Nguyễn Văn Minh',
    roles: ['AGENT'],
    departments: ['engineering'],
  },
  {
    id: '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0004',
    username: 'yuki',
    password: 'deskstream-agent',
    displayName: 'Yuki Tanaka',
    roles: ['AGENT', 'SUPERVISOR'],
    departments: ['medicine', 'humanities'],
  },
  {
    id: '6f0c2a52-3c43-4c57-9d1e-0a7b7f1a0005',
    username: 'pouya',
    password: 'deskstream-product',
    displayName: 'Pouya Karimi',
    roles: ['PRODUCT'],
    departments: [],
  },
];
